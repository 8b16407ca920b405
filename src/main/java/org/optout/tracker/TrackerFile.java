package org.optout.tracker;

import org.optout.ui.Message;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;

/** The file behind a tracker location, and the check that a lost tracker is never silently started afresh. */
final class TrackerFile {
    private static final String SQLITE_URL = "jdbc:sqlite:";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private TrackerFile() {
    }

    /**
     * The database file of {@code location} (a path, or a {@code jdbc:sqlite:} URL naming a file), absolute; null
     * for an in-memory database or another kind of URL.
     */
    static Path of(String location) {
        if (!location.startsWith("jdbc:")) {
            return Path.of(location).toAbsolutePath();
        }
        if (!location.startsWith(SQLITE_URL)) {
            return null;
        }
        String rest = location.substring(SQLITE_URL.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            if (rest.substring(query).contains("mode=memory")) {
                return null;
            }
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.startsWith(":")) {
            // ":memory:", ":resource:…"
            return null;
        }
        return Path.of(rest).toAbsolutePath();
    }

    /**
     * Refuses to start a new tracker where one was lost: a missing or empty (0-byte) {@code database} beside a
     * {@code documents} folder that holds evidence, or beside a chain head that records events. Otherwise a missing
     * database is created here, empty and owner-only (see {@link #createOwnerOnly}).
     *
     * @throws AppException exit code 4, one line naming both paths
     */
    static void refuseLost(Path database) {
        try {
            if (Files.exists(database) && (!Files.isRegularFile(database) || Files.size(database) > 0)) {
                return;
            }
            Message state = Message.of(Files.exists(database) ? "tracker.state.empty" : "tracker.state.missing");
            Path documents = database.resolveSibling("documents");
            if (Files.isDirectory(documents) && !isEmpty(documents)) {
                throw lost(Message.of("error.tracker.lost_documents", database, state, documents));
            }
            Path head = ChainHead.fileFor(database);
            Optional<ChainHead> recorded = ChainHead.read(head);
            if (recorded.isPresent() && recorded.get().events() > 0) {
                throw lost(Message.of("error.tracker.lost_head", database, state, head,
                        Long.toString(recorded.get().events())));
            }
            createOwnerOnly(database);
        } catch (IOException e) {
            throw new AppException(Message.of("tracker.cannot_check", database, PrivateFiles.why(e)),
                    ExitCode.DELIVERY, e);
        }
    }

    /**
     * Creates a missing {@code database} empty with mode 0600 when its folder exists. SQLite would create it with
     * the umask (0644 by default) when the tracker is named by a JDBC URL; its -wal and -shm files take the
     * database's mode, so they are owner-only too.
     */
    private static void createOwnerOnly(Path database) throws IOException {
        Path dir = database.getParent();
        if (Files.exists(database, LinkOption.NOFOLLOW_LINKS) || dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(database, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(database);
            }
        } catch (FileAlreadyExistsException ignored) {
            // created at the same moment by another optout process, with the same mode
        }
    }

    private static AppException lost(Message what) {
        return new AppException(what, ExitCode.DELIVERY);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
