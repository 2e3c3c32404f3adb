package org.backendlab;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.backendlab.cli.BenchCommand;
import org.backendlab.cli.Command;
import org.backendlab.cli.CompareCommand;
import org.backendlab.cli.LessonsCommand;
import org.backendlab.cli.SimulateCommand;
import org.backendlab.cli.ValidateCommand;
import org.backendlab.io.FileProblem;
import org.backendlab.ui.BackendLabApp;
import org.backendlab.ui.BenchSoakCommand;
import org.backendlab.ui.BenchStartCommand;
import org.backendlab.ui.BenchUiCommand;
import org.backendlab.ui.ScreenshotCommand;

/**
 * The one entry point: no arguments open the window, one diagram file opens the window on that file (as a
 * double-clicked file does), otherwise the first argument names a headless command. Kept apart from the
 * JavaFX Application class so the jar starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            BackendLabApp.start(args);
            return;
        }
        System.exit(run(args));
    }

    /** True for no arguments or a lone argument naming an existing {@code .json} file. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args.length == 1 && isDiagramFile(args[0]);
    }

    private static boolean isDiagramFile(String arg) {
        if (commands().containsKey(arg) || !arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Runs a headless command and returns its exit code (2 for a usage error). */
    public static int run(String[] args) {
        Map<String, Command> commands = commands();
        Command command = commands.get(args[0]);
        if (command == null && args[0].toLowerCase(Locale.ROOT).endsWith(".json")) {
            System.err.println("backend-lab: no such diagram file: " + args[0]);
            return 2;
        }
        if (command == null) {
            System.err.println(FileProblem.cap("backend-lab: unknown argument '" + args[0] + "'. Usage: backend-lab ["
                    + String.join(" | ", commands.keySet()) + "] ...", FileProblem.MAX_LINE));
            return 2;
        }
        String[] rest = args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        return command.run(rest, System.out, System.err);
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("--screenshot", new ScreenshotCommand());
        commands.put("simulate", new SimulateCommand());
        commands.put("compare", new CompareCommand());
        commands.put("bench", new BenchCommand());
        commands.put("bench-ui", new BenchUiCommand());
        commands.put("bench-soak", new BenchSoakCommand());
        commands.put("lessons", new LessonsCommand());
        commands.put("validate", new ValidateCommand());
        commands.put("bench-start", new BenchStartCommand());
        return commands;
    }
}
