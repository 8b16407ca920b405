package org.optout.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.optout.AppException;

/**
 * Writes files that hold personal data: readable by the user only, and never half-written. Each write goes to
 * a temporary file in the target directory and is renamed over the target once complete.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code dir} (and missing parents, owner-only) and checks it can be written to.
     *
     * @param option how the user named the directory, for the error message (e.g. "--out")
     */
    public static void ensureWritableDirectory(Path dir, String option) {
        try {
            if (!Files.isDirectory(dir)) {
                if (Files.exists(dir)) {
                    throw AppException.invalidData(option + ": " + dir + " exists and is not a directory");
                }
                createPrivateDirectories(dir);
            }
        } catch (IOException e) {
            throw AppException.invalidData(option + ": cannot create directory " + dir + " (" + reason(e) + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw AppException.invalidData(option + ": directory " + dir + " is not writable");
        }
    }

    /** Replaces {@code target} atomically with {@code content}; the file is created with mode 0600. */
    public static void write(Path target, byte[] content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = createPrivateTempFile(dir, target.getFileName().toString());
            Files.write(tmp, content);
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw AppException.invalidData("cannot write " + target + " (" + reason(e) + ")", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Creates {@code dir} and its missing parents with owner-only permissions where the file system allows. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (isPosix(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && !Files.exists(parent)) {
                createPrivateDirectories(parent);
            }
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } catch (FileAlreadyExistsException ignored) {
                // created concurrently by another process: fine, it is a directory we can use
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Path createPrivateTempFile(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        if (isPosix(dir)) {
            return Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: the write already failed and that error is the one the user needs to see
        }
    }

    /** A short reason for an I/O failure, without a stack trace. */
    public static String reason(IOException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "NoSuchFileException" -> "no such file or directory";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "already exists";
            case "NotDirectoryException" -> "not a directory";
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
