package org.backendlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Writes a file so that a crash leaves either the old or the new content, never half of one. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes to a temporary file beside the target, forces it to disk, keeps the previous content as
     * {@code NAME.bak}, then moves the temporary file into place atomically. Any failure is a
     * {@link WriteFailure} that names the target (never the temporary file) and says why in a
     * {@link WriteFailure.Reason} the UI can phrase.
     */
    public static void write(Path target, byte[] content) throws WriteFailure {
        Path absolute = target.toAbsolutePath();
        try {
            writeOrThrow(absolute, content);
        } catch (WriteFailure e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailure(absolute, reasonOf(e, absolute), e);
        }
    }

    private static void writeOrThrow(Path absolute, byte[] content) throws IOException {
        if (Files.isDirectory(absolute)) {
            throw new WriteFailure(absolute, WriteFailure.Reason.FOLDER_IN_THE_WAY, null);
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
                case OTHER -> "the system refused to write it";
            };
        }
    }
}
