@echo off
rem Runs this project's Maven build on Windows with the Maven on PATH (3.8 or newer), as mvnw does
rem elsewhere. See docs/decisions/0001-maven-launcher.md for why this is not the downloading wrapper.
setlocal
where mvn >nul 2>nul
if errorlevel 1 goto nomaven
pushd "%~dp0"
call mvn %*
set MVNW_EXIT=%ERRORLEVEL%
popd
exit /b %MVNW_EXIT%

:nomaven
echo mvnw: Maven 3.8 or newer is needed. Install Apache Maven, put its bin folder on PATH, then run this again. 1>&2
exit /b 1
