package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.optout.ui.Message;

/**
 * The SQL of the event chain (kept out of {@link JdbcRequestStore} to keep that class readable): reads events as
 * the chain hashes them, fills the chain of a tracker migrated from version 2, and reads what {@code verify}
 * checks besides the chain.
 */
final class ChainTable {
    /** The request's columns as the chain hashes them now (version 2). */
    private static final List<String> REQUEST = java.util.stream.Stream.concat(EventChain.REQUEST_COLUMNS.stream(),
            EventChain.CAMPAIGN_COLUMNS.stream()).toList();
    private static final String REQUEST_SELECT = select(REQUEST);
    private static final String EVENT_SELECT = EventChain.EVENT_COLUMNS.stream().map(c -> "e." + c)
            .collect(Collectors.joining(", "));
    private static final String LINKED_DOCUMENTS = "SELECT " + EventChain.DOCUMENT_COLUMNS.stream()
            .map(c -> c.equals("role") ? "l.role" : "d." + c).collect(Collectors.joining(", "))
            + " FROM event_documents l LEFT JOIN documents d ON d.sha256 = l.sha256 WHERE l.event_id = ?"
            + " ORDER BY ";
    /** The order of an event's documents: {@code position} from version 5, the links' SQLite rowid before. */
    private static final String IN_POSITION = "l.position, l.sha256";
    private static final String IN_ROWID = "l.rowid";

    /**
     * A row of {@code documents} and the events that link it.
     *
     * @param users the events linking it, e.g. "R3 E12"
     */
    record DocumentRow(String sha256, long size, String originalName, List<String> users) {
        /** A verify line: this document's file has {@code problem}. */
        Message describe(Message problem) {
            return Message.of("verify.evidence", originalName == null ? "" : originalName + " ", sha256,
                    users.isEmpty() ? Message.of("verify.evidence.unattached") : String.join(", ", users), problem);
        }
    }

    private ChainTable() {
    }

    private static String select(List<String> columns) {
        return columns.stream().map(c -> "r." + c).collect(Collectors.joining(", "));
    }

    /** Every event of the tracker in id order, as the chain hashes it. */
    static List<EventChain.Link> links(Connection connection) throws SQLException {
        return links(connection, null, IN_POSITION, REQUEST);
    }

    /** The one event {@code id}, as the chain hashes it. */
    static EventChain.Link link(Connection connection, long id) throws SQLException {
        List<EventChain.Link> links = links(connection, id, IN_POSITION, REQUEST);
        if (links.isEmpty()) {
            throw new SQLException("no event " + id);
        }
        return links.get(0);
    }

    private static List<EventChain.Link> links(Connection connection, Long onlyId, String documentOrder,
                                               List<String> requestColumns) throws SQLException {
        List<EventChain.Link> links = new ArrayList<>();
        int events = EventChain.EVENT_COLUMNS.size();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + EVENT_SELECT + ", e.prev_hash, e.hash, "
                + select(requestColumns) + " FROM events e LEFT JOIN requests r ON r.id = e.request_id"
                + (onlyId == null ? "" : " WHERE e.id = ?") + " ORDER BY e.id");
             PreparedStatement documents = connection.prepareStatement(LINKED_DOCUMENTS + documentOrder)) {
            if (onlyId != null) {
                query.setLong(1, onlyId);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    links.add(new EventChain.Link(id, rs.getString(2),
                            texts(rs, events + 3, requestColumns.size()), texts(rs, 1, events),
                            documents(documents, id), rs.getString(events + 1), rs.getString(events + 2)));
                }
            }
        }
        return links;
    }

    /** The row of request {@code id} as the chain hashes it. */
    static List<String> requestRow(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + REQUEST_SELECT
                + " FROM requests r WHERE r.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? texts(rs, 1, REQUEST.size()) : Collections.nCopies(REQUEST.size(), null);
            }
        }
    }

    /**
     * The rows of {@code documents} (already inserted) that a new event will link, in the order they will be
     * linked: each hash once, with the role it is first attached with (the insertion keeps that one).
     */
    static List<List<String>> documentRows(Connection connection, List<StoredDocument> attachments)
            throws SQLException {
        Map<String, String> roles = new LinkedHashMap<>();
        attachments.forEach(d -> roles.putIfAbsent(d.sha256(), d.role()));
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + EventChain.DOCUMENT_COLUMNS.stream()
                .filter(c -> !c.equals("role")).collect(Collectors.joining(", "))
                + " FROM documents WHERE sha256 = ?")) {
            for (Map.Entry<String, String> document : roles.entrySet()) {
                query.setString(1, document.getKey());
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("document " + document.getKey() + " was not stored");
                    }
                    List<String> row = new ArrayList<>(texts(rs, 1, EventChain.DOCUMENT_COLUMNS.size() - 1));
                    row.add(document.getValue());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * The hash of an event about to be inserted: its row {@code event} (as SQLite will return it), its request's
     * row and its documents' rows as stored, chained to {@code prevHash}.
     */
    static String hashOfNew(Connection connection, long requestId, List<String> event,
                            List<StoredDocument> attachments, String prevHash) throws SQLException {
        return EventChain.hash(new EventChain.Link(Long.parseLong(event.get(0)), Long.toString(requestId),
                requestRow(connection, requestId), event, documentRows(connection, attachments), prevHash, null),
                prevHash);
    }

    /**
     * Checks that event {@code id}, just inserted, hashes as computed before: a mismatch is a bug (the values
     * hashed are not those SQLite stored), and the exception rolls the insertion back rather than record an event
     * that would never verify.
     */
    static void checkInserted(Connection connection, long id, String hash) throws SQLException {
        if (!link(connection, id).expectedHash().equals(hash)) {
            throw new IllegalStateException("E" + id + ": the hash computed before insertion does not match the event "
                    + "as stored");
        }
    }

    /**
     * The id the next event will get: ids are never reused ({@code events} uses AUTOINCREMENT on SQLite, an identity
     * sequence on PostgreSQL).
     */
    static long nextEventId(Connection connection, TrackerDatabase.Kind kind) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery(kind.nextEventIdQuery())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The hash of the tracker's last event, {@link EventChain#GENESIS} when it has none: a new event's prev_hash. */
    static String lastHash(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT hash FROM events ORDER BY id DESC LIMIT 1")) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : EventChain.GENESIS;
        }
    }

    /** The chain's current head: the number of events and the hash of the last. */
    static ChainHead head(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT COUNT(*), (SELECT hash FROM events ORDER BY id DESC LIMIT 1) "
                     + "FROM events")) {
            rs.next();
            long count = rs.getLong(1);
            return new ChainHead(count, count == 0 || rs.getString(2) == null ? EventChain.GENESIS : rs.getString(2));
        }
    }

    /** The hash of the tracker's {@code position}-th event (from 1), {@link EventChain#GENESIS} for 0, or null. */
    static String hashAt(Connection connection, long position) throws SQLException {
        if (position == 0) {
            return EventChain.GENESIS;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT hash FROM events ORDER BY id LIMIT 1 "
                + "OFFSET ?")) {
            query.setLong(1, position - 1);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Computes the chain of a tracker that had none (migrating from version 2), in id order. Events are
     * append-only, so the trigger forbidding updates is dropped for this and recreated as it was, all in the
     * migration's transaction.
     */
    static void fill(Connection connection) throws SQLException {
        if (count(connection, "events") == 0) {
            // a new tracker (always, on PostgreSQL): nothing to chain
            return;
        }
        String trigger = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                     + "AND name = 'events_no_update'")) {
            if (rs.next()) {
                trigger = rs.getString(1);
            }
        }
        try (Statement statement = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("UPDATE events SET prev_hash = ?, hash = ? "
                     + "WHERE id = ?")) {
            statement.execute("DROP TRIGGER IF EXISTS events_no_update");
            String previous = EventChain.GENESIS;
            // run as migration 3.1, on SQLite: event_documents has no position yet, requests no campaign: version 1
            for (EventChain.Link link : links(connection, null, IN_ROWID, EventChain.REQUEST_COLUMNS)) {
                String hash = EventChain.hash(link, previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, link.id());
                update.executeUpdate();
                previous = hash;
            }
            if (trigger != null) {
                statement.execute(trigger);
            }
        }
    }

    static int count(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Rows no event accounts for: requests without events, links from events that do not exist. */
    static List<Message> strays(Connection connection) throws SQLException {
        List<Message> strays = new ArrayList<>();
        try (Statement query = connection.createStatement()) {
            try (ResultSet rs = query.executeQuery("SELECT id FROM requests WHERE id NOT IN "
                    + "(SELECT request_id FROM events) ORDER BY id")) {
                while (rs.next()) {
                    strays.add(Message.of("verify.request_without_events", "R" + rs.getString(1)));
                }
            }
            try (ResultSet rs = query.executeQuery("SELECT event_id, sha256 FROM event_documents WHERE event_id "
                    + "NOT IN (SELECT id FROM events) ORDER BY event_id, position, sha256")) {
                while (rs.next()) {
                    strays.add(Message.of("verify.stray_link", "E" + rs.getString(1), rs.getString(2)));
                }
            }
        }
        return strays;
    }

    /** Every row of {@code documents}, with the events that link it. */
    static List<DocumentRow> documents(Connection connection) throws SQLException {
        Map<String, List<String>> users = new LinkedHashMap<>();
        try (Statement query = connection.createStatement()) {
            try (ResultSet rs = query.executeQuery("SELECT l.sha256, e.request_id, l.event_id FROM event_documents l "
                    + "LEFT JOIN events e ON e.id = l.event_id ORDER BY l.event_id, l.position, l.sha256")) {
                while (rs.next()) {
                    users.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add((rs.getString(2) == null ? "" : "R" + rs.getString(2) + " ") + "E" + rs.getString(3));
                }
            }
            List<DocumentRow> rows = new ArrayList<>();
            // in the order they were recorded: documents are inserted with the first event that links them
            try (ResultSet rs = query.executeQuery("SELECT sha256, size, original_name FROM documents d ORDER BY "
                    + "(SELECT MIN(l.event_id) FROM event_documents l WHERE l.sha256 = d.sha256), sha256")) {
                while (rs.next()) {
                    rows.add(new DocumentRow(rs.getString(1), rs.getLong(2), rs.getString(3),
                            users.getOrDefault(rs.getString(1), List.of())));
                }
            }
            return rows;
        }
    }

    private static List<List<String>> documents(PreparedStatement query, long eventId) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        query.setLong(1, eventId);
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(texts(rs, 1, EventChain.DOCUMENT_COLUMNS.size()));
            }
        }
        return rows;
    }

    private static List<String> texts(ResultSet rs, int from, int count) throws SQLException {
        List<String> values = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            values.add(rs.getString(i));
        }
        return values;
    }
}
