package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    /** The columns of one request as stored, before they are checked. */
    private record Row(long id, String platform, String kind, String language, String channel,
                       String controllerCountry, String userCountry, Object parentId, String createdAt) {
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
     * The requests {@code where} selects, oldest first, each readable or not.
     *
     * @param label how the tracker is named in messages
     * @param where a SQL condition on {@code r}, with at most one parameter, bound to {@code id} when not null
     */
    static RequestList read(Connection connection, String label, String where, Long id) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement requests = connection.prepareStatement("SELECT r.id, r.platform, r.kind, r.language, "
                + "r.channel, r.controller_country, r.user_country, r.parent_id, r.created_at FROM requests r "
                + where + " ORDER BY r.id")) {
            if (id != null) {
                requests.setLong(1, id);
            }
            try (ResultSet rs = requests.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8), rs.getString(9)));
                }
            }
        }
        List<TrackedRequest> readable = new ArrayList<>();
        List<UnreadableRequest> unreadable = new ArrayList<>();
        for (Row row : rows) {
            try {
                readable.add(request(connection, row));
            } catch (Unreadable e) {
                unreadable.add(new UnreadableRequest(row.id(), "tracker " + label + ": R" + row.id() + e.place + ": "
                        + e.getMessage()));
            }
        }
        return new RequestList(readable, unreadable);
    }

    private static TrackedRequest request(Connection connection, Row row) throws SQLException, Unreadable {
        return new TrackedRequest(row.id(), text("platform", row.platform()),
                constant(RequestKind.class, "kind", row.kind(), "a request kind"), text("language", row.language()),
                channel(row.channel()),
                country("controller_country", row.controllerCountry()), country("user_country", row.userCountry()),
                number("parent_id", row.parentId()), instant("created_at", row.createdAt()),
                events(connection, row.id()));
    }

    private static List<RequestEvent> events(Connection connection, long requestId)
            throws SQLException, Unreadable {
        List<RequestEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, type, occurred_on, recorded_at, note, "
                + "reference, about_event_id, due_on FROM events WHERE request_id = ? ORDER BY id")) {
            query.setLong(1, requestId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try {
                        events.add(new RequestEvent(id, constant(EventType.class, "type", rs.getString(2),
                                "an event type"), date("occurred_on", rs.getString(3)),
                                instant("recorded_at", rs.getString(4)), rs.getString(5), rs.getString(6),
                                documents(connection, id), number("about_event_id", rs.getObject(7)),
                                rs.getString(8) == null ? null : date("due_on", rs.getString(8))));
                    } catch (Unreadable e) {
                        throw new Unreadable(" E" + id, e.getMessage());
                    }
                }
            }
        }
        return events;
    }

    private static List<StoredDocument> documents(Connection connection, long eventId)
            throws SQLException, Unreadable {
        List<StoredDocument> documents = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT d.sha256, d.size, d.media_type, "
                + "d.original_name, d.stored_at, l.role FROM event_documents l JOIN documents d ON d.sha256 = l.sha256 "
                + "WHERE l.event_id = ? ORDER BY l.rowid")) {
            query.setLong(1, eventId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String sha256 = rs.getString(1);
                    try {
                        documents.add(new StoredDocument(sha256, rs.getLong(2), rs.getString(3), rs.getString(4),
                                instant("stored_at", rs.getString(5)), rs.getString(6)));
                    } catch (Unreadable e) {
                        throw new Unreadable("document " + sha256 + ": " + e.getMessage());
                    }
                }
            }
        }
        return documents;
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
