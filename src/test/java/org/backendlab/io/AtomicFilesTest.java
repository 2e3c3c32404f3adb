package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.backendlab.io.AtomicFiles.WriteFailure;
import org.backendlab.io.AtomicFiles.WriteFailure.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes and the reasons a write fails, named by the file the user chose (never the temp file). */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndKeepsTheOldContentAsBackup() throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.write(file, new byte[] {1});
        AtomicFiles.write(file, new byte[] {2});
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(file));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(AtomicFiles.backupOf(file)));
    }

    @Test
    void aParentThatIsAFileIsAFileInTheWay() throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "x");
        var failure = assertThrows(WriteFailure.class, () -> AtomicFiles.write(afile.resolve("x.json"), new byte[] {1}));
        assertEquals(Reason.FILE_IN_THE_WAY, failure.reason());
        assertEquals("cannot write x.json: a file is in the way where a folder should be", failure.getMessage());
        assertEquals("x", Files.readString(afile));
    }

    @Test
    void anAncestorThatIsAFileIsAFileInTheWay() throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "x");
        var failure = assertThrows(WriteFailure.class,
                () -> AtomicFiles.write(afile.resolve("sub").resolve("x.json"), new byte[] {1}));
        assertEquals(Reason.FILE_IN_THE_WAY, failure.reason());
    }

    @Test
    void aFolderWithTheNameIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.json"));
        var failure = assertThrows(WriteFailure.class, () -> AtomicFiles.write(folder, new byte[] {1}));
        assertEquals(Reason.FOLDER_IN_THE_WAY, failure.reason());
        assertTrue(Files.isDirectory(folder));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temp file left behind");
        }
    }

    @Test
    void systemReasonsAreSortedIntoWhatALearnerCanDo() {
        Path target = dir.resolve("x.json");
        assertEquals(Reason.DISK_FULL, AtomicFiles.reasonOf(
                new FileSystemException(dir.resolve(".x.json123.tmp").toString(), null, "No space left on device"), target));
        assertEquals(Reason.DISK_FULL, AtomicFiles.reasonOf(new IOException("No space left on device"), target));
        assertEquals(Reason.NOT_ALLOWED, AtomicFiles.reasonOf(new AccessDeniedException("/sys/.x.tmp"), target));
        assertEquals(Reason.NOT_ALLOWED, AtomicFiles.reasonOf(
                new FileSystemException("/mnt/x", null, "Read-only file system"), target));
        assertEquals(Reason.NOT_ALLOWED, AtomicFiles.reasonOf(new NoSuchFileException("/proc/.x.tmp"), target));
        assertEquals(Reason.FOLDER_MISSING, AtomicFiles.reasonOf(new NoSuchFileException("/gone/x.json"),
                dir.resolve("gone").resolve("x.json")));
        assertEquals(Reason.OTHER, AtomicFiles.reasonOf(new IOException("strange"), target));
    }

    @Test
    void theMessageNeverNamesTheTemporaryFile() {
        var failure = new WriteFailure(dir.resolve("x.json"), Reason.NOT_ALLOWED,
                new AccessDeniedException(dir.resolve(".x.json99.tmp").toString()));
        assertFalse(failure.getMessage().contains(".tmp"), failure.getMessage());
        assertEquals("cannot write x.json: writing there is not allowed", failure.getMessage());
    }
}
