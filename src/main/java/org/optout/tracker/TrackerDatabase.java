package org.optout.tracker;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.optout.AppException;
import org.optout.ui.Message;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database a tracker lives in, and what differs between the two kinds: an embedded SQLite file (the default,
 * for one person) or a PostgreSQL database shared by a team.
 *
 * @param label how messages name it: the file, or {@code user@host:port/db} (never a password)
 * @param file the SQLite file, or null (in-memory SQLite, PostgreSQL)
 */
public record TrackerDatabase(Kind kind, DataSource dataSource, String label, Path file) {
    /** The environment variable holding the PostgreSQL password; without it the driver reads ~/.pgpass. */
    static final String PASSWORD_VARIABLE = "OPTOUT_DB_PASSWORD";

    /** What differs between SQLite and PostgreSQL, kept to these few statements. */
    public enum Kind {
        SQLITE("sqlite", null,
                "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), "
                        + "COALESCE((SELECT MAX(id) FROM events), 0)) + 1"),
        // every write takes this lock first: the chain needs its events appended one at a time, and a decision taken
        // under RequestStore.exclusively must still hold when it commits. The key is "optout" in ASCII.
        POSTGRESQL("postgresql", "SELECT pg_advisory_xact_lock(111116117111117116)",
                "SELECT nextval(pg_get_serial_sequence('events', 'id'))");

        private final String folder;
        private final String lock;
        private final String nextEventId;

        Kind(String folder, String lock, String nextEventId) {
            this.folder = folder;
            this.lock = lock;
            this.nextEventId = nextEventId;
        }

        /** The folder of this database's own migrations, beside {@code db/migration/common}. */
        String migrations() {
            return folder;
        }

        /**
         * The statement that takes the tracker's write lock at the start of a transaction, or null when the
         * transaction takes it as it begins (SQLite's BEGIN IMMEDIATE).
         */
        String lockStatement() {
            return lock;
        }

        /** A query for the id the next event will get (ids are never reused). */
        String nextEventIdQuery() {
            return nextEventId;
        }
    }

    /**
     * The database at {@code location}: a file path, a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL, or
     * {@code postgresql://USER@HOST[:PORT]/DB}. A PostgreSQL password comes from {@code env}'s
     * {@value #PASSWORD_VARIABLE}, else from the driver's own reading of {@code PGPASSFILE} or ~/.pgpass; it is
     * refused in the location itself, which shells keep in their history.
     */
    static TrackerDatabase at(String location, Map<String, String> env) {
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            return postgresql(location, env);
        }
        if (location.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(location);
            int port = source.getPortNumbers().length == 0 || source.getPortNumbers()[0] == 0 ? 5432
                    : source.getPortNumbers()[0];
            return withPassword(source, env, (source.getUser() == null ? "" : source.getUser() + "@")
                    + String.join(",", source.getServerNames()) + ":" + port + "/" + source.getDatabaseName());
        }
        return sqlite(location);
    }

    private static TrackerDatabase postgresql(String location, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw AppException.usage("--db: '" + location.replaceAll(":[^:@/]*@", ":***@")
                    + "' is not postgresql://USER@HOST[:PORT]/DATABASE");
        }
        String user = uri.getRawUserInfo();
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (user == null || user.isEmpty() || uri.getHost() == null || database.isEmpty() || uri.getQuery() != null) {
            throw AppException.usage("--db: '" + location.replaceAll(":[^:@/]*@", ":***@")
                    + "' is not postgresql://USER@HOST[:PORT]/DATABASE");
        }
        if (user.contains(":")) {
            throw AppException.usage("--db: no password in the tracker's address (shells keep it in their history): "
                    + "set " + PASSWORD_VARIABLE + " or put it in ~/.pgpass");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {uri.getHost()});
        source.setPortNumbers(new int[] {uri.getPort() < 0 ? 5432 : uri.getPort()});
        source.setDatabaseName(database);
        source.setUser(user);
        source.setApplicationName("optout");
        return withPassword(source, env, user + "@" + uri.getHost() + ":" + source.getPortNumbers()[0] + "/"
                + database);
    }

    private static TrackerDatabase withPassword(PGSimpleDataSource source, Map<String, String> env, String label) {
        String password = env.get(PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            source.setPassword(password);
        }
        // a lost connection must not hang a command for ever
        source.setConnectTimeout(15);
        return new TrackerDatabase(Kind.POSTGRESQL, pool(source, label), label, null);
    }

    /**
     * Keeps a few connections open: each store operation takes one, and opening one costs a round trip to the server
     * and an authentication. The pool starts empty (a command that does not use the tracker opens nothing) and its
     * threads are daemons, so a command ends when its work does.
     */
    private static DataSource pool(PGSimpleDataSource source, String label) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("optout tracker " + label);
        config.setMinimumIdle(0);
        config.setMaximumPoolSize(4);
        // an idle connection is given back soon: a server shared by a team has a limited number of them
        config.setIdleTimeout(10_000);
        config.setConnectionTimeout(30_000);
        // the first connection is opened now: a wrong address or password is reported at once, in one line
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new AppException(Message.of("tracker.database", label, reason(e)), ExitCode.DELIVERY, e);
        }
    }

    /**
     * The first line of what the database said: the innermost cause's message, as a pool wraps the driver's
     * exception in its own. The driver names no password in its messages.
     */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        return message == null ? "database error" : message.strip().lines().findFirst().orElse("database error");
    }

    private static TrackerDatabase sqlite(String location) {
        Path file = TrackerFile.of(location);
        if (file != null) {
            TrackerFile.refuseLost(file);
        }
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + prepareFile(Path.of(location));
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(15_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return new TrackerDatabase(Kind.SQLITE, source, location, file);
    }

    private static Path prepareFile(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                PrivateFiles.createPrivateDirectories(dir);
            }
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new AppException("--db: cannot create " + file + " (" + PrivateFiles.reason(e) + ")",
                    ExitCode.DELIVERY, e);
        }
    }

    /** Whether {@code location} names a PostgreSQL database rather than a SQLite one. */
    static boolean isPostgresql(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:");
    }
}
