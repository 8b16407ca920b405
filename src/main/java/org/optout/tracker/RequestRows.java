package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optout.catalogue.Channel;
import org.optout.deadline.DateRange;
import org.optout.ui.Message;

/**
 * Reads requests from the tracker's rows, for {@link JdbcRequestStore}. Every value is checked as it is read: a row
 * edited by hand or written by a newer optout (an unknown event type, a date that is no date or is outside
 * {@link DateRange}, a time that is no time) sets its request apart as an {@link UnreadableRequest}, named in one
 * line, so that the other requests can still be listed and nothing derived from the bad value is ever computed.
 */
final class RequestRows {
    private RequestRows() {
    }

    /** A SQL condition on {@code r} (the requests table), with the values it binds in order. */
    record Filter(String sql, List<Object> values) {
        Filter {
            values = List.copyOf(values);
        }

        static Filter id(long id) {
            return new Filter("r.id = ?", List.of(id));
        }

        /** Binds the values from parameter {@code first}; returns the next parameter's index. */
        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }

    /** The columns of one request as stored, before they are checked. */
    private record Row(long id, String platform, String kind, String language, String channel,
                       String controllerCountry, String userCountry, Object parentId, String createdAt,
                       String campaign, String memberId) {
    }

    /** The columns of one event as stored, before they are checked. */
    private record EventRow(long requestId, long id, String type, String occurredOn, String recordedAt, String note,
                            String reference, Object aboutEventId, String dueOn) {
    }

    /** The columns of one document link as stored, before they are checked. */
    private record DocumentRow(long eventId, String sha256, long size, String mediaType, String originalName,
                               String storedAt, String role) {
    }

    /** A value that cannot be read: {@code place} is "" for the request's own row, else " E7" for its event. */
    private static final class Unreadable extends Exception {
        private final String place;

        Unreadable(String place, String problem) {
            super(problem, null, false, false);
            this.place = place;
        }

        Unreadable(String problem) {
            this("", problem);
        }
    }

    /**
     * The requests {@code filter} selects with an id above {@code afterId}, oldest first, at most {@code limit} of
     * them, each readable or not, in three statements whatever their number: the requests, their events, the
     * events' documents.
     *
     * @param label how the tracker is named in messages
     */
    static RequestList read(Connection connection, String label, Filter filter, long afterId, int limit)
            throws SQLException {
        List<Row> rows = requests(connection, filter, afterId, limit);
        if (rows.isEmpty()) {
            return new RequestList(List.of(), List.of());
        }
        // the events and documents of exactly these requests: those of the page's id range that match
        Filter page = new Filter(filter.sql() + " AND r.id > ? AND r.id <= ?", concat(filter.values(), afterId,
                rows.get(rows.size() - 1).id()));
        Map<Long, List<DocumentRow>> documents = documents(connection, page);
        Map<Long, List<EventRow>> events = events(connection, page);
        List<TrackedRequest> readable = new ArrayList<>();
        List<UnreadableRequest> unreadable = new ArrayList<>();
        for (Row row : rows) {
            try {
                readable.add(request(row, events.getOrDefault(row.id(), List.of()), documents));
            } catch (Unreadable e) {
                unreadable.add(new UnreadableRequest(row.id(), "tracker " + label + ": R" + row.id() + e.place + ": "
                        + e.getMessage()));
            }
        }
        return new RequestList(readable, unreadable);
    }

    /** How many requests {@code filter} selects, counted by the database. */
    static long count(Connection connection, Filter filter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM requests r WHERE "
                + filter.sql())) {
            filter.bind(query, 1);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * How many requests {@code filter} selects are overdue on {@code today}, per platform and status, in one grouped
     * statement: the rule of {@link RequestStatus#overdue}, on the status and due date kept with each request.
     */
    static List<StatusCount> countOverdue(Connection connection, Filter filter, java.time.LocalDate today)
            throws SQLException {
        List<RequestStatus> awaiting = java.util.Arrays.stream(RequestStatus.values())
                .filter(RequestStatus::awaitingAnswer).toList();
        String marks = String.join(", ", java.util.Collections.nCopies(awaiting.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement("SELECT r.platform, r.status, COUNT(*) FROM "
                + "requests r WHERE " + filter.sql() + " AND r.status IN (" + marks + ") AND r.due_on IS NOT NULL "
                + "AND r.due_on < ? GROUP BY r.platform, r.status ORDER BY r.platform, r.status")) {
            int next = filter.bind(query, 1);
            for (RequestStatus status : awaiting) {
                query.setString(next++, status.name());
            }
            query.setString(next, today.toString());
            List<StatusCount> counts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.add(new StatusCount(rs.getString(1), RequestStatus.valueOf(rs.getString(2)),
                            rs.getLong(3)));
                }
            }
            return counts;
        }
    }

    /** How many requests {@code filter} selects per platform and status, in one grouped statement. */
    static List<StatusCount> countByPlatformAndStatus(Connection connection, Filter filter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.platform, r.status, COUNT(*) FROM "
                + "requests r WHERE " + filter.sql() + " AND r.status IS NOT NULL GROUP BY r.platform, r.status "
                + "ORDER BY r.platform, r.status")) {
            filter.bind(query, 1);
            List<StatusCount> counts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.add(new StatusCount(rs.getString(1), RequestStatus.valueOf(rs.getString(2)),
                            rs.getLong(3)));
                }
            }
            return counts;
        }
    }

    /**
     * Writes the status of request {@code id} as its events now make it, with its due date and the figures the
     * report counts ({@link FigureRows}), in the caller's transaction; null when its rows cannot be read.
     */
    static void refreshStatus(Connection connection, long id) throws SQLException {
        RequestList list = read(connection, "", Filter.id(id), 0, 1);
        TrackedRequest request = list.readable().isEmpty() ? null : list.readable().get(0);
        updateStatus(connection, id, request == null ? null : request.status());
        updateDueDate(connection, id, request);
        FigureRows.refresh(connection, id, request);
    }

    /** Schema version 10: the due date of every request recorded before the column existed. */
    static void fillDueDates(Connection connection) throws SQLException {
        RequestList all = read(connection, "", new Filter("1 = 1", List.of()), 0, Integer.MAX_VALUE);
        for (TrackedRequest request : all.readable()) {
            updateDueDate(connection, request.id(), request);
        }
    }

    private static void updateDueDate(Connection connection, long id, TrackedRequest request) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE requests SET due_on = ? WHERE id = ?")) {
            update.setString(1, request == null ? null
                    : request.deadline().map(d -> d.date().toString()).orElse(null));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Schema version 6: the status of every request recorded before the column existed. */
    static void fillStatus(Connection connection) throws SQLException {
        RequestList all = read(connection, "", new Filter("1 = 1", List.of()), 0, Integer.MAX_VALUE);
        for (TrackedRequest request : all.readable()) {
            updateStatus(connection, request.id(), request.status());
        }
    }

    private static void updateStatus(Connection connection, long id, RequestStatus status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE requests SET status = ? WHERE id = ?")) {
            update.setString(1, status == null ? null : status.name());
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static List<Object> concat(List<Object> values, Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static List<Row> requests(Connection connection, Filter filter, long afterId, int limit)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement requests = connection.prepareStatement("SELECT r.id, r.platform, r.kind, r.language, "
                + "r.channel, r.controller_country, r.user_country, r.parent_id, r.created_at, r.campaign, "
                + "r.member_id FROM requests r WHERE " + filter.sql() + " AND r.id > ? ORDER BY r.id LIMIT ?")) {
            int next = filter.bind(requests, 1);
            requests.setLong(next, afterId);
            requests.setInt(next + 1, limit);
            try (ResultSet rs = requests.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8), rs.getString(9),
                            rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    private static Map<Long, List<EventRow>> events(Connection connection, Filter page) throws SQLException {
        Map<Long, List<EventRow>> events = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT e.request_id, e.id, e.type, e.occurred_on, "
                + "e.recorded_at, e.note, e.reference, e.about_event_id, e.due_on FROM events e WHERE e.request_id IN "
                + "(SELECT r.id FROM requests r WHERE " + page.sql() + ") ORDER BY e.request_id, e.id")) {
            page.bind(query, 1);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    EventRow row = new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8), rs.getString(9));
                    events.computeIfAbsent(row.requestId(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return events;
    }

    private static Map<Long, List<DocumentRow>> documents(Connection connection, Filter page) throws SQLException {
        Map<Long, List<DocumentRow>> documents = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT l.event_id, d.sha256, d.size, "
                + "d.media_type, d.original_name, d.stored_at, l.role FROM event_documents l "
                + "JOIN documents d ON d.sha256 = l.sha256 JOIN events e ON e.id = l.event_id WHERE e.request_id IN "
                + "(SELECT r.id FROM requests r WHERE " + page.sql() + ") ORDER BY l.event_id, l.position")) {
            page.bind(query, 1);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    DocumentRow row = new DocumentRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7));
                    documents.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return documents;
    }

    private static TrackedRequest request(Row row, List<EventRow> events, Map<Long, List<DocumentRow>> documents)
            throws Unreadable {
        List<RequestEvent> read = new ArrayList<>();
        for (EventRow event : events) {
            try {
                read.add(event(event, documents.getOrDefault(event.id(), List.of())));
            } catch (Unreadable e) {
                throw new Unreadable(" E" + event.id(), e.getMessage());
            }
        }
        return new TrackedRequest(row.id(), text("platform", row.platform()),
                constant(RequestKind.class, "kind", row.kind(), "a request kind"), text("language", row.language()),
                channel(row.channel()),
                country("controller_country", row.controllerCountry()), country("user_country", row.userCountry()),
                number("parent_id", row.parentId()), instant("created_at", row.createdAt()), read, row.campaign(),
                row.memberId());
    }

    private static RequestEvent event(EventRow row, List<DocumentRow> documents) throws Unreadable {
        List<StoredDocument> read = new ArrayList<>();
        for (DocumentRow document : documents) {
            try {
                read.add(new StoredDocument(document.sha256(), document.size(), document.mediaType(),
                        document.originalName(), instant("stored_at", document.storedAt()), document.role()));
            } catch (Unreadable e) {
                throw new Unreadable("document " + document.sha256() + ": " + e.getMessage());
            }
        }
        return new RequestEvent(row.id(), constant(EventType.class, "type", row.type(), "an event type"),
                date("occurred_on", row.occurredOn()), instant("recorded_at", row.recordedAt()), row.note(),
                row.reference(), read, number("about_event_id", row.aboutEventId()),
                row.dueOn() == null ? null : date("due_on", row.dueOn()));
    }

    private static String text(String column, String value) throws Unreadable {
        if (value == null) {
            throw new Unreadable(column + " is missing");
        }
        return value;
    }

    private static Channel channel(String value) throws Unreadable {
        return Channel.fromStored(value).orElseThrow(() -> new Unreadable("channel '" + value + "' is not a channel"));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String column, String value, String what)
            throws Unreadable {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new Unreadable(column + " '" + value + "' is not " + what);
    }

    // the deadline's public-holiday calendars need a two-letter code
    private static String country(String column, String value) throws Unreadable {
        if (value == null || !value.matches("[A-Z]{2}")) {
            throw new Unreadable(column + " '" + value + "' is not a country code");
        }
        return value;
    }

    private static Long number(String column, Object value) throws Unreadable {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new Unreadable(column + " '" + value + "' is not a number");
        }
        return number.longValue();
    }

    private static LocalDate date(String column, String value) throws Unreadable {
        LocalDate date;
        try {
            date = LocalDate.parse(text(column, value));
        } catch (DateTimeParseException e) {
            throw new Unreadable(column + " '" + value + "' is not a date");
        }
        Optional<Message> outside = DateRange.problem(date);
        if (outside.isPresent()) {
            throw new Unreadable(column + " " + outside.get().english());
        }
        return date;
    }

    private static Instant instant(String column, String value) throws Unreadable {
        try {
            return Instant.parse(text(column, value));
        } catch (DateTimeParseException e) {
            throw new Unreadable(column + " '" + value + "' is not a time");
        }
    }
}
