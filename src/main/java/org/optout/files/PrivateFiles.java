package org.optout.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Writes files that hold personal data: readable by the user only, and never half-written. Each write goes to
 * a temporary file in the target directory and is renamed over the target once complete.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    /** The names of our temporary files: "." + the target's name + "." + digits (Files.createTempFile) + ".tmp". */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]{1,20}\\.tmp");
    /** A temporary file untouched for this long, and older than the run, belongs to no write in progress. */
    public static final long STALE_AFTER_SECONDS = 60;

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
                    throw AppException.invalidData(Message.of("dir.not_directory", option, dir));
                }
                createPrivateDirectories(dir);
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("dir.cannot_create", option, dir, why(e)), e);
        }
        if (!Files.isWritable(dir)) {
            throw AppException.invalidData(Message.of("dir.not_writable", option, dir));
        }
    }

    /** Replaces {@code target} atomically with {@code content}; the file is created with mode 0600. */
    public static void write(Path target, byte[] content) {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes a set of files all or nothing: every content goes to an owner-only temporary file beside its target
     * first, and only when all are written are they renamed over their targets. If anything fails, the temporary
     * files and the targets already renamed by this call are deleted, so no partial set is left, and the error
     * gives the real cause (e.g. "No space left on device"). Temporary files that an earlier, killed run left in
     * the same folders are removed first (see {@link #removeStaleTemporaryFiles}).
     */
    public static void writeAll(Map<Path, byte[]> files) {
        for (Path dir : files.keySet().stream().map(f -> f.toAbsolutePath().getParent()).distinct().toList()) {
            try {
                removeStaleTemporaryFiles(dir);
            } catch (IOException ignored) {
                // the leftovers stay until a later run; writing what the user asked for matters more
            }
        }
        Map<Path, Path> temporary = new LinkedHashMap<>();
        List<Path> renamed = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                current = file.getKey();
                Path dir = current.toAbsolutePath().getParent();
                Path tmp = createPrivateTempFile(dir, current.getFileName().toString());
                temporary.put(current, tmp);
                Files.write(tmp, file.getValue());
            }
            for (Map.Entry<Path, Path> file : temporary.entrySet()) {
                current = file.getKey();
                move(file.getValue(), current);
                renamed.add(current);
            }
            temporary.clear();
        } catch (IOException e) {
            temporary.values().forEach(PrivateFiles::deleteQuietly);
            renamed.forEach(PrivateFiles::deleteQuietly);
            throw AppException.invalidData(Message.of("file.cannot_write", current, why(e),
                    files.size() > 1 ? Message.of("file.none_written", files.size()) : ""), e);
        }
    }

    /**
     * Deletes, in {@code dir}, the temporary files that a write interrupted by a crash or {@code kill -9} left:
     * only names of optout's own pattern ({@code .NAME.DIGITS.tmp}), only regular files, and only those last
     * modified before this process started and over {@value #STALE_AFTER_SECONDS} seconds ago (so a write of
     * another optout process still running is left alone).
     */
    public static void removeStaleTemporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minusSeconds(STALE_AFTER_SECONDS);
        Instant started = ProcessHandle.current().info().startInstant().orElse(cutoff);
        Instant before = started.isBefore(cutoff) ? started : cutoff;
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir,
                p -> TEMPORARY.matcher(p.getFileName().toString()).matches())) {
            for (Path file : stale) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the write already failed and that error is the one the user needs to see
        }
    }

    /** A short reason for an I/O failure, without a stack trace. */
    public static String reason(IOException e) {
        return why(e) instanceof Message m ? m.english() : String.valueOf(why(e));
    }

    /**
     * Why a file operation failed, as a fact of a {@link Message}: the usual causes in the user's words, any other
     * in the system's.
     */
    public static Object why(IOException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "NoSuchFileException" -> Message.of("io.no_such_file");
            case "AccessDeniedException" -> Message.of("io.access_denied");
            case "FileAlreadyExistsException" -> Message.of("io.already_exists");
            case "NotDirectoryException" -> Message.of("io.not_directory");
            case "FileSystemException" -> e.getMessage() != null && e.getMessage().contains("No space left")
                    ? Message.of("io.no_space") : e.getMessage();
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
