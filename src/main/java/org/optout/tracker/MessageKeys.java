package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.optout.mail.IncomingMail;

/**
 * The index of event references by Message-ID ({@code event_message_keys}): each reference as optout compares
 * Message-IDs ({@link IncomingMail#bare}), so that {@link RequestQuery#referencing} reads only the requests a
 * message answers. Events are append-only, so the key lives beside them, written with each one.
 */
final class MessageKeys {
    private MessageKeys() {
    }

    /** Keys the event {@code eventId} of request {@code requestId}, when it has a reference. */
    static void insert(Connection connection, long eventId, long requestId, String reference) throws SQLException {
        if (reference == null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_message_keys (event_id, "
                + "request_id, message_key) VALUES (?, ?, ?)")) {
            insert.setLong(1, eventId);
            insert.setLong(2, requestId);
            insert.setString(3, IncomingMail.bare(reference));
            insert.executeUpdate();
        }
    }

    /** Schema version 15: the keys of the events recorded before version 14 added the table. */
    static void fill(Connection connection) throws SQLException {
        record Referenced(long eventId, long requestId, String reference) {
        }
        List<Referenced> events = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT id, request_id, reference FROM events WHERE reference IS NOT "
                     + "NULL ORDER BY id")) {
            while (rs.next()) {
                events.add(new Referenced(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        for (Referenced event : events) {
            insert(connection, event.eventId(), event.requestId(), event.reference());
        }
    }
}
