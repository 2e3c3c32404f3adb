package org.backendlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash at any moment leaves the old or the new content, and a {@code .bak} that
 * is either the previous backup or a complete copy of the old file, never half of one.
 */
public final class AtomicFiles {

    /** Symbolic links followed before giving up (as the system does). */
    private static final int MAX_LINKS = 40;
    private static final String TEMP_END = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes the new content to a temporary file beside the target and forces it to disk; makes the
     * backup {@code NAME.bak} from the current file through a temporary name and an atomic rename (a hard
     * link where the disk allows it, else a forced copy), then renames the temporary file over the target.
     * The target's permissions are kept; a target without write permission is refused and left alone; a
     * symbolic link is followed and the file it names is replaced (docs/decisions/0030). Leftover temporary
     * files of this target from an earlier crash are removed. Any failure is a {@link WriteFailure} that
     * names the target (never a temporary file) and says why in a {@link WriteFailure.Reason}.
     */
    public static void write(Path target, byte[] content) throws WriteFailure {
        Path absolute = target.toAbsolutePath();
        try {
            writeOrThrow(realTarget(absolute), content);
        } catch (WriteFailure e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailure(absolute, reasonOf(e, absolute), e);
        }
    }

    /** The file a path finally names once symbolic links are followed (it need not exist). */
    static Path realTarget(Path absolute) throws IOException {
        Path path = absolute;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new WriteFailure(absolute, WriteFailure.Reason.OTHER, null);
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    private static void writeOrThrow(Path absolute, byte[] content) throws IOException {
        if (Files.isDirectory(absolute)) {
            throw new WriteFailure(absolute, WriteFailure.Reason.FOLDER_IN_THE_WAY, null);
        }
        boolean exists = Files.exists(absolute);
        if (exists && isReadOnly(absolute)) {
            throw new WriteFailure(absolute, WriteFailure.Reason.READ_ONLY, null);
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeLeftovers(absolute);
        Path temp = newTemp(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (exists) {
                keepPermissions(absolute, temp);
                backUp(absolute);
            }
            moveAtomically(temp, absolute);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes {@code NAME.bak} a complete copy of the current file; the old backup stays until then. */
    private static void backUp(Path absolute) throws IOException {
        Path temp = tempName(absolute);
        try {
            try {
                Files.createLink(temp, absolute);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.deleteIfExists(temp);
                Files.copy(absolute, temp, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            moveAtomically(temp, backupOf(absolute));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new empty temporary file beside the target, made with the system's default permissions. */
    private static Path newTemp(Path absolute) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(tempName(absolute));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** {@code .NAME.DIGITS.tmp} beside the target: hidden, and recognisably this target's. */
    private static Path tempName(Path absolute) {
        long n = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return absolute.resolveSibling("." + absolute.getFileName() + "." + n + TEMP_END);
    }

    /** Deletes temporary files an interrupted save of this target left behind. */
    static void removeLeftovers(Path absolute) {
        String start = "." + absolute.getFileName() + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(absolute.getParent(),
                p -> isTempOf(p.getFileName().toString(), start))) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Cleaning up is a courtesy; the save itself does not depend on it.
        }
    }

    private static boolean isTempOf(String name, String start) {
        if (!name.startsWith(start) || !name.endsWith(TEMP_END)) {
            return false;
        }
        String middle = name.substring(start.length(), name.length() - TEMP_END.length());
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
    }

    /** True when the file's owner may not write it (a read-only file the learner protected). */
    static boolean isReadOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        if (Files.getFileAttributeView(file, DosFileAttributeView.class) != null) {
            return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
        }
        return !Files.isWritable(file);
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            if (Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
                Files.setPosixFilePermissions(to, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The content matters more than its permissions: save with the defaults.
        }
    }

    /** Forces the folder entry (the rename) to disk where the system allows opening a folder. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Not possible on every system (Windows); the rename is then as durable as the system makes it.
        }
    }

    /** Sorts an I/O failure into a reason a learner can act on. */
    static WriteFailure.Reason reasonOf(IOException e, Path target) {
        String why = (e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e instanceof FileSystemException ? "" : String.valueOf(e.getMessage())).toLowerCase(Locale.ROOT);
        if (why.contains("no space") || why.contains("not enough space") || why.contains("quota")
                || why.contains("disk full") || why.contains("disk is full")) {
            return WriteFailure.Reason.DISK_FULL;
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || why.contains("not a directory")) {
            return WriteFailure.Reason.FILE_IN_THE_WAY;
        }
        if (why.contains("is a directory")) {
            return WriteFailure.Reason.FOLDER_IN_THE_WAY;
        }
        if (e instanceof AccessDeniedException || why.contains("read-only") || why.contains("not permitted")
                || why.contains("permission denied") || why.contains("access is denied")) {
            return WriteFailure.Reason.NOT_ALLOWED;
        }
        if (e instanceof NoSuchFileException) {
            // The folder is there but no file can be made in it (e.g. a system folder): not allowed.
            Path folder = target.getParent();
            return folder != null && Files.isDirectory(folder) ? WriteFailure.Reason.NOT_ALLOWED
                    : WriteFailure.Reason.FOLDER_MISSING;
        }
        return WriteFailure.Reason.OTHER;
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * A file that could not be written: {@link #target()} is the file the user asked for and
     * {@link #reason()} why; {@link #getMessage()} is a plain English line for the command line.
     */
    public static final class WriteFailure extends IOException {

        /** Why a file could not be written, in terms a learner can act on. */
        public enum Reason {
            /** The folder to save in does not exist (and could not be made). */
            FOLDER_MISSING,
            /** The system does not let this user write there (permissions, read-only disk, system folder). */
            NOT_ALLOWED,
            /** The disk (or the user's quota) is full. */
            DISK_FULL,
            /** A file sits where a folder of the path should be. */
            FILE_IN_THE_WAY,
            /** The name chosen is a folder. */
            FOLDER_IN_THE_WAY,
            /** The file exists and is marked read-only: it is left as it is. */
            READ_ONLY,
            /** Anything else. */
            OTHER
        }

        private final transient Path target;
        private final Reason reason;

        public WriteFailure(Path target, Reason reason, IOException cause) {
            super("cannot write " + target.getFileName() + ": " + english(reason), cause);
            this.target = target;
            this.reason = reason;
        }

        public Path target() {
            return target;
        }

        public Reason reason() {
            return reason;
        }

        private static String english(Reason reason) {
            return switch (reason) {
                case FOLDER_MISSING -> "the folder does not exist";
                case NOT_ALLOWED -> "writing there is not allowed";
                case DISK_FULL -> "the disk is full";
                case FILE_IN_THE_WAY -> "a file is in the way where a folder should be";
                case FOLDER_IN_THE_WAY -> "a folder already has that name";
                case READ_ONLY -> "the file is read-only, so it was left unchanged";
                case OTHER -> "the system refused to write it";
            };
        }
    }
}
