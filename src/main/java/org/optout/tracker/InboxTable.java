package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SQL of the {@code inbox_messages} table (schema version 4): the messages already looked at. */
final class InboxTable {
    private InboxTable() {
    }

    static void insert(Connection connection, SeenMessage m, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_messages (account, folder, "
                + "uid_validity, uid, message_id, sha256, request_id, outcome, seen_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, m.account());
            insert.setString(2, m.folder());
            insert.setObject(3, m.uidValidity());
            insert.setObject(4, m.uid());
            insert.setString(5, m.messageId());
            insert.setString(6, m.sha256());
            insert.setObject(7, m.requestId());
            insert.setString(8, m.outcome().name());
            insert.setString(9, now.toString());
            insert.executeUpdate();
        }
    }

    static List<SeenMessage> all(Connection connection) throws SQLException {
        List<SeenMessage> seen = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT account, folder, uid_validity, uid, "
                + "message_id, sha256, request_id, outcome FROM inbox_messages ORDER BY id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                seen.add(new SeenMessage(rs.getString(1), rs.getString(2), longOrNull(rs, 3),
                        longOrNull(rs, 4), rs.getString(5), rs.getString(6), longOrNull(rs, 7),
                        SeenMessage.Outcome.valueOf(rs.getString(8).toUpperCase(Locale.ROOT))));
            }
        }
        return seen;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
