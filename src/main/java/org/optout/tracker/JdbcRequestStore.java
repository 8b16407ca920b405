package org.optout.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The tracker in an embedded SQLite database: WAL journal (readers never block the writer), immediate
 * transactions with a busy timeout (two optout processes can write at once), foreign keys on, schema migrated on
 * open. The only class that knows SQL (with {@link Migrations}, {@link ChainTable}, the SQL of the hash chain, and
 * {@link RequestRows}, which reads requests and sets apart those it cannot read).
 *
 * <p>Every event is hash-chained ({@link EventChain}) as it is inserted, under the write lock, and the chain's head
 * is copied to a file beside the database after each append ({@link ChainHead}), so {@link #verify(DocumentStore)}
 * can tell an edited, deleted or inserted row from the record optout wrote.
 */
public final class JdbcRequestStore implements RequestStore {
    private final SQLiteDataSource dataSource;
    private final String label;
    private final Clock clock;
    /** The chain head's file, or null for a database that is not a file. */
    private final Path headFile;

    private JdbcRequestStore(SQLiteDataSource dataSource, String label, Clock clock, Path headFile) {
        this.dataSource = dataSource;
        this.label = label;
        this.clock = clock;
        this.headFile = headFile;
    }

    /**
     * Opens (creating it if needed, owner-only) the tracker at {@code location}, a file path or a JDBC URL, and
     * migrates it to the latest schema.
     */
    public static JdbcRequestStore open(String location, Clock clock) {
        return open(location, clock, Migrations.latest());
    }

    /** Opens the tracker migrated only up to {@code version}: for testing migrations from older versions. */
    static JdbcRequestStore open(String location, Clock clock, int version) {
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
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        JdbcRequestStore store = new JdbcRequestStore(dataSource, location, clock,
                file == null ? null : ChainHead.fileFor(file));
        try (Connection connection = dataSource.getConnection()) {
            Migrations.migrate(connection, version);
        } catch (SQLException e) {
            throw store.failure(e);
        }
        return store;
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
            throw new AppException(Message.of("tracker.cannot_create", file, PrivateFiles.why(e)), ExitCode.DELIVERY,
                    e);
        }
    }

    /** The schema version of the open database. */
    int version() {
        try (Connection connection = dataSource.getConnection()) {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public TrackedRequest create(NewRequest request, NewEvent first) {
        long id = inTransaction(connection -> {
            long requestId = insertRequest(connection, request);
            insertEvent(connection, requestId, first);
            return requestId;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    private long insertRequest(Connection connection, NewRequest request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO requests (platform, kind, "
                + "language, channel, controller_country, user_country, parent_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.platform());
            insert.setString(2, request.kind().name());
            insert.setString(3, request.language());
            insert.setString(4, request.channel().stored());
            insert.setString(5, request.controllerCountry());
            insert.setString(6, request.userCountry());
            insert.setObject(7, request.parentId());
            insert.setString(8, clock.instant().toString());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    @Override
    public TrackedRequest appendAll(long id, List<NewEvent> events) {
        inTransaction(connection -> {
            for (NewEvent event : events) {
                insertEvent(connection, id, event);
            }
            return id;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    @Override
    public <T> T exclusively(Exclusive<T> work) {
        T result = inTransaction(connection -> {
            // read through another connection: while this transaction holds the write lock (taken when it began,
            // as transactions are immediate), no other process can commit, so that read sees the current record
            List<TrackedRequest> current = all();
            return work.run(current, new LockedWrites(connection));
        });
        recordHead();
        return result;
    }

    /** The writes of {@link #exclusively}, on the connection holding the write lock. */
    private final class LockedWrites implements Writes {
        private final Connection connection;

        LockedWrites(Connection connection) {
            this.connection = connection;
        }

        @Override
        public long create(NewRequest request, List<NewEvent> events) {
            try {
                long id = insertRequest(connection, request);
                append(id, events);
                return id;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public List<Long> append(long id, List<NewEvent> events) {
            try {
                List<Long> ids = new ArrayList<>();
                for (NewEvent event : events) {
                    ids.add(insertEvent(connection, id, event));
                }
                return ids;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void seen(SeenMessage message) {
            try {
                InboxTable.insert(connection, message, clock.instant());
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    @Override
    public List<SeenMessage> seenMessages() {
        try (Connection connection = dataSource.getConnection()) {
            return InboxTable.all(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public TrackedRequest append(long id, NewEvent event) {
        inTransaction(connection -> {
            insertEvent(connection, id, event);
            return id;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<TrackedRequest> find(long id) {
        return readable(load("WHERE r.id = ?", id)).stream().findFirst();
    }

    @Override
    public List<TrackedRequest> all() {
        return readable(load("", null));
    }

    @Override
    public RequestList list() {
        return load("", null);
    }

    private long insertEvent(Connection connection, long requestId, NewEvent event) throws SQLException {
        // documents first and the event's id chosen here: the event's hash, written with it, covers both
        for (StoredDocument doc : event.attachments()) {
            try (PreparedStatement document = connection.prepareStatement("INSERT OR IGNORE INTO documents "
                    + "(sha256, size, media_type, original_name, stored_at) VALUES (?, ?, ?, ?, ?)")) {
                document.setString(1, doc.sha256());
                document.setLong(2, doc.size());
                document.setString(3, doc.mediaType());
                document.setString(4, doc.originalName());
                document.setString(5, doc.storedAt().toString());
                document.executeUpdate();
            }
        }
        long eventId = ChainTable.nextEventId(connection);
        String recordedAt = clock.instant().toString();
        String prevHash = ChainTable.lastHash(connection);
        String hash = ChainTable.hashOfNew(connection, requestId, Arrays.asList(Long.toString(eventId),
                Long.toString(requestId), event.type().name(), event.on().toString(), recordedAt, event.note(),
                event.reference(), event.aboutEventId() == null ? null : event.aboutEventId().toString(),
                event.dueOn() == null ? null : event.dueOn().toString()), event.attachments(), prevHash);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, request_id, type, "
                + "occurred_on, recorded_at, note, reference, about_event_id, due_on, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, eventId);
            insert.setLong(2, requestId);
            insert.setString(3, event.type().name());
            insert.setString(4, event.on().toString());
            insert.setString(5, recordedAt);
            insert.setString(6, event.note());
            insert.setString(7, event.reference());
            insert.setObject(8, event.aboutEventId());
            insert.setString(9, event.dueOn() == null ? null : event.dueOn().toString());
            insert.setString(10, prevHash);
            insert.setString(11, hash);
            insert.executeUpdate();
        }
        for (StoredDocument doc : event.attachments()) {
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT OR IGNORE INTO event_documents (event_id, sha256, role) VALUES (?, ?, ?)")) {
                link.setLong(1, eventId);
                link.setString(2, doc.sha256());
                link.setString(3, doc.role());
                link.executeUpdate();
            }
        }
        ChainTable.checkInserted(connection, eventId, hash);
        return eventId;
    }

    /**
     * Checks the whole record: every event against its hash and the one before it, the chain's end against the
     * chain head beside the database, and every evidence file in {@code documents} against its SHA-256 and size.
     * When the head file is missing (a tracker from an older optout) and the chain is intact, writes it and says so
     * as a warning.
     */
    public ChainReport verify(DocumentStore documents) {
        record Read(int requests, int events, List<String> breaks, List<String> warnings,
                    List<ChainTable.DocumentRow> documents) {
        }
        // under the write lock: no append can come between reading the events and reading (or writing) the head
        Read read = inTransaction(connection -> {
            List<EventChain.Link> links = ChainTable.links(connection);
            List<String> breaks = new ArrayList<>(EventChain.breaks(links));
            breaks.addAll(ChainTable.strays(connection));
            List<String> warnings = new ArrayList<>();
            ChainHead.check(headFile, links, breaks, warnings);
            return new Read(ChainTable.count(connection, "requests"), links.size(), breaks, warnings,
                    ChainTable.documents(connection));
        });
        // the files are hashed after the lock is released: that may take a while
        List<String> breaks = new ArrayList<>(read.breaks());
        for (ChainTable.DocumentRow row : read.documents()) {
            documents.problem(row.sha256(), row.size()).map(row::describe).ifPresent(breaks::add);
        }
        return new ChainReport(read.requests(), read.events(), read.documents().size(), breaks, read.warnings());
    }

    /**
     * Copies the chain's head to its file after an append, under the write lock so that two processes cannot leave
     * an older head behind. A head the chain no longer extends is left as it is, for {@link #verify} to report.
     */
    private void recordHead() {
        if (headFile == null) {
            return;
        }
        inTransaction(connection -> {
            ChainHead.advance(headFile, connection);
            return null;
        });
    }

    private RequestList load(String where, Long id) {
        try (Connection connection = dataSource.getConnection()) {
            return RequestRows.read(connection, label, where, id);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The requests of {@code list}, or the one-line error (exit 4) naming the first that cannot be read. */
    private static List<TrackedRequest> readable(RequestList list) {
        if (!list.unreadable().isEmpty()) {
            int more = list.unreadable().size() - 1;
            String others = more == 0 ? ""
                    : " (and " + more + " more unreadable request(s): 'optout requests' names them)";
            throw new AppException(list.unreadable().get(0).message() + others, ExitCode.DELIVERY);
        }
        return list.readable();
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }

    private AppException failure(SQLException e) {
        String message = e.getMessage() == null ? "database error" : e.getMessage().strip().lines().findFirst().orElse("");
        // the database's own words say what failed: they are quoted as it wrote them
        return new AppException(Message.of("tracker.database", label, message), ExitCode.DELIVERY, e);
    }
}
