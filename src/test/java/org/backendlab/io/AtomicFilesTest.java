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
import java.util.List;
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

    @Test
    void permissionsOfAnExistingFileAreKept() throws IOException {
        Path file = dir.resolve("p.json");
        AtomicFiles.write(file, new byte[] {1});
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        AtomicFiles.write(file, new byte[] {2});
        assertEquals(shared, Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsNotOverwritten() throws IOException {
        Path file = dir.resolve("ro.json");
        AtomicFiles.write(file, new byte[] {1});
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        var failure = assertThrows(WriteFailure.class, () -> AtomicFiles.write(file, new byte[] {2}));
        assertEquals(Reason.READ_ONLY, failure.reason());
        assertEquals("cannot write ro.json: the file is read-only, so it was left unchanged", failure.getMessage());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFiles.backupOf(file)), "nothing was touched");
    }

    @Test
    void savingOverASymbolicLinkReplacesTheFileItNames() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("d.json");
        AtomicFiles.write(real, new byte[] {1});
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicFiles.write(link, new byte[] {2});
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(real));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(AtomicFiles.backupOf(real)));
        assertFalse(Files.exists(AtomicFiles.backupOf(link)), "the backup sits beside the real file");
    }

    @Test
    void leftoverTempFilesOfTheFileAreRemovedAndOthersKept() throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(dir.resolve(".a.json.123456.tmp"), "half");
        Files.writeString(dir.resolve(".a.json.99.tmp"), "half");
        Files.writeString(dir.resolve(".b.json.123.tmp"), "another file's");
        Files.writeString(dir.resolve(".a.json.notes.tmp"), "not ours");
        AtomicFiles.write(file, new byte[] {1});
        try (var left = Files.list(dir)) {
            assertEquals(List.of(".a.json.notes.tmp", ".b.json.123.tmp", "a.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
