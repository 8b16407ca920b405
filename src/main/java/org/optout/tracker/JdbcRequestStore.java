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
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.optout.AppException;
import org.optout.ui.Message;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;

/**
 * The tracker in a database ({@link TrackerDatabase}): an embedded SQLite file (WAL journal, so readers never block
 * the writer; immediate transactions with a busy timeout, so two optout processes can write at once) or a
 * PostgreSQL database shared by a team (every write takes an advisory lock first). Foreign keys on, schema migrated
 * on open ({@link Migrations}). The only class that knows SQL, with {@link Migrations}, {@link ChainTable} (the
 * SQL of the hash chain), {@link RequestRows} (which reads requests, setting apart those it cannot read) and the
 * database's {@link DocumentStore}.
 *
 * <p>Every event is hash-chained ({@link EventChain}) as it is inserted, under the write lock, and, for a SQLite
 * file, the chain's head is copied to a file beside the database after each append ({@link ChainHead}), so
 * {@link #verify(DocumentStore)} can tell an edited, deleted or inserted row from the record optout wrote. Each
 * request's current status, due date and report figures ({@link FigureRows}) are written with each event appended
 * to it, in the same transaction, so that queries by status and the campaign report's counts use an index.
 */
public final class JdbcRequestStore implements RequestStore {
    private final TrackerDatabase database;
    private final Clock clock;

    private JdbcRequestStore(TrackerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Opens (creating it if needed, owner-only) the SQLite tracker at {@code location}, a file path or a JDBC URL,
     * and migrates it to the latest schema.
     */
    public static JdbcRequestStore open(String location, Clock clock) {
        return open(location, clock, Map.of());
    }

    /**
     * Opens the tracker at {@code location} (a SQLite file or JDBC URL, or {@code postgresql://USER@HOST:PORT/DB},
     * its password from {@code env}: see {@link TrackerDatabase#at}) and migrates it to the latest schema.
     */
    public static JdbcRequestStore open(String location, Clock clock, Map<String, String> env) {
        return open(TrackerDatabase.at(location, env), clock, Integer.toString(Migrations.LATEST));
    }

    /** Opens the tracker migrated only up to {@code version}: for testing migrations from older versions. */
    static JdbcRequestStore open(String location, Clock clock, int version) {
        return open(TrackerDatabase.at(location, Map.of()), clock, version == 3 ? "3.1" : Integer.toString(version));
    }

    static JdbcRequestStore open(TrackerDatabase database, Clock clock, String version) {
        JdbcRequestStore store = new JdbcRequestStore(database, clock);
        try {
            Migrations.migrate(database, version);
        } catch (FlywayException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
            throw new AppException(Message.of("tracker.database", database.label(), message), ExitCode.DELIVERY, e);
        }
        return store;
    }

    /**
     * Where this tracker's evidence is kept: for a SQLite tracker, files in {@code folder} (the {@code documents}
     * folder beside it); for a PostgreSQL tracker, the database itself, so that every volunteer sees it.
     */
    public DocumentStore documents(Path folder) {
        return database.kind() == TrackerDatabase.Kind.SQLITE ? new FolderDocumentStore(folder, clock)
                : new DatabaseDocumentStore(database, clock);
    }

    /** Whether {@code location} names a tracker shared on PostgreSQL rather than a SQLite one. */
    public static boolean isShared(String location) {
        return TrackerDatabase.isPostgresql(location);
    }

    /** The database itself, for the other stores of the same tracker. */
    public TrackerDatabase database() {
        return database;
    }

    /** The database, for the other stores of the same tracker (campaigns). */
    public javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    /** The schema version of the open database. */
    int version() {
        try (Connection connection = database.dataSource().getConnection()) {
            return Migrations.version(connection, database.kind());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public TrackedRequest create(NewRequest request, NewEvent first) {
        long id = inTransaction(connection -> {
            long requestId = insertRequest(connection, request);
            insertEvent(connection, requestId, first);
            RequestRows.refreshStatus(connection, requestId);
            return requestId;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    private long insertRequest(Connection connection, NewRequest request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO requests (platform, kind, "
                + "language, channel, controller_country, user_country, parent_id, created_at, campaign, member_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, request.platform());
            insert.setString(2, request.kind().name());
            insert.setString(3, request.language());
            insert.setString(4, request.channel().stored());
            insert.setString(5, request.controllerCountry());
            insert.setString(6, request.userCountry());
            insert.setObject(7, request.parentId());
            insert.setString(8, clock.instant().toString());
            insert.setString(9, request.campaign());
            insert.setString(10, request.memberId());
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
            RequestRows.refreshStatus(connection, id);
            return id;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    @Override
    public <T> T exclusively(RequestQuery scope, Exclusive<T> work) {
        T result = inTransaction(connection -> {
            // read under the write lock (taken when the transaction began): no other process can commit until this
            // one has, so what work decides from this record still holds when its writes are committed
            List<TrackedRequest> current = readable(RequestRows.read(connection, database.label(),
                    scope.filter(), 0, Integer.MAX_VALUE));
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
                RequestRows.refreshStatus(connection, id);
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
    public void seen(List<SeenMessage> messages) {
        inTransaction(connection -> {
            for (SeenMessage message : messages) {
                InboxTable.insert(connection, message, clock.instant());
            }
            return null;
        });
    }

    @Override
    public List<SeenMessage> seenMessages() {
        return read(InboxTable::all);
    }

    @Override
    public TrackedRequest append(long id, NewEvent event) {
        inTransaction(connection -> {
            insertEvent(connection, id, event);
            RequestRows.refreshStatus(connection, id);
            return id;
        });
        recordHead();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<TrackedRequest> find(long id) {
        return readable(load(RequestRows.Filter.id(id), 0, 1)).stream().findFirst();
    }

    @Override
    public RequestList list() {
        return page(RequestQuery.ALL, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<TrackedRequest> find(RequestQuery query) {
        return readable(page(query, 0, Integer.MAX_VALUE));
    }

    @Override
    public RequestList page(RequestQuery query, long afterId, int limit) {
        return load(query.filter(), afterId, limit);
    }

    @Override
    public long count(RequestQuery query) {
        return read(connection -> RequestRows.count(connection, query.filter()));
    }

    @Override
    public List<StatusCount> countOverdue(RequestQuery query, java.time.LocalDate today) {
        return read(connection -> RequestRows.countOverdue(connection, query.filter(), today));
    }

    @Override
    public List<StatusCount> countByPlatformAndStatus(RequestQuery query) {
        return read(connection -> RequestRows.countByPlatformAndStatus(connection, query.filter()));
    }

    @Override
    public List<DaysToAnswerCount> countDaysToAnswer(RequestQuery query) {
        return read(connection -> FigureRows.countDaysToAnswer(connection, query.filter()));
    }

    @Override
    public List<StatusChangeCount> countStatusChanges(String campaign, java.time.LocalDate until) {
        return read(connection -> FigureRows.countStatusChanges(connection, campaign, until));
    }

    private long insertEvent(Connection connection, long requestId, NewEvent event) throws SQLException {
        // documents first and the event's id chosen here: the event's hash, written with it, covers both
        for (StoredDocument doc : event.attachments()) {
            try (PreparedStatement document = connection.prepareStatement("INSERT INTO documents "
                    + "(sha256, size, media_type, original_name, stored_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (sha256) DO NOTHING")) {
                document.setString(1, doc.sha256());
                document.setLong(2, doc.size());
                document.setString(3, doc.mediaType());
                document.setString(4, doc.originalName());
                document.setString(5, doc.storedAt().toString());
                document.executeUpdate();
            }
        }
        long eventId = ChainTable.nextEventId(connection, database.kind());
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
        // each document once, with the role it is first attached with: the order the chain hashes
        int position = 0;
        for (StoredDocument doc : event.attachments()) {
            try (PreparedStatement link = connection.prepareStatement("INSERT INTO event_documents (event_id, sha256, "
                    + "role, position) VALUES (?, ?, ?, ?) ON CONFLICT (event_id, sha256) DO NOTHING")) {
                link.setLong(1, eventId);
                link.setString(2, doc.sha256());
                link.setString(3, doc.role());
                link.setInt(4, position);
                position += link.executeUpdate();
            }
        }
        MessageKeys.insert(connection, eventId, requestId, event.reference());
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
        record Read(int requests, int events, List<Message> breaks, List<Message> warnings,
                    List<ChainTable.DocumentRow> documents) {
        }
        // under the write lock: no append can come between reading the events and reading (or writing) the head
        Read read = inTransaction(connection -> {
            List<EventChain.Link> links = ChainTable.links(connection);
            List<Message> breaks = new ArrayList<>(EventChain.breaks(links));
            breaks.addAll(ChainTable.strays(connection));
            List<Message> warnings = new ArrayList<>();
            ChainHead.check(headFile(), links, breaks, warnings);
            return new Read(ChainTable.count(connection, "requests"), links.size(), breaks, warnings,
                    ChainTable.documents(connection));
        });
        // the files are hashed after the lock is released: that may take a while
        List<Message> breaks = new ArrayList<>(read.breaks());
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
        Path headFile = headFile();
        if (headFile == null) {
            return;
        }
        inTransaction(connection -> {
            ChainHead.advance(headFile, connection);
            return null;
        });
    }

    /** The chain head's file, or null for a database that is not a file. */
    private Path headFile() {
        return database.file() == null ? null : ChainHead.fileFor(database.file());
    }

    private RequestList load(RequestRows.Filter filter, long afterId, int limit) {
        try (Connection connection = database.dataSource().getConnection()) {
            return RequestRows.read(connection, database.label(), filter, afterId, limit);
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

    /** Runs {@code work} on a connection of its own, outside any transaction: for reads. */
    private <T> T read(Work<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction on a connection of its own (also for the campaigns' store). */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                String lock = database.kind().lockStatement();
                if (lock != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(lock);
                    }
                }
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

    public AppException failure(SQLException e) {
        return new AppException(Message.of("tracker.database", database.label(), TrackerDatabase.reason(e)),
                ExitCode.DELIVERY, e);
    }
}
