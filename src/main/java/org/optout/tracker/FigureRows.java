package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the campaign report is counted from, for {@link JdbcRequestStore}: each request's days to answer
 * ({@code requests.answer_days}) and the days its status changed ({@code status_changes}), written by optout from
 * the request's events ({@link TrackedRequest#daysToAnswer()}, {@link TrackedRequest#history()}) in the transaction
 * that appends them. The SQL here only counts what Java recorded: no status rule is repeated in it.
 */
final class FigureRows {
    /** Requests read per page by the migration that fills the rows: memory stays flat whatever the tracker's size. */
    private static final int PAGE = 1_000;

    private FigureRows() {
    }

    /** Writes the figures of request {@code id} as its events now make them; none when its rows cannot be read. */
    static void refresh(Connection connection, long id, TrackedRequest request) throws SQLException {
        try (Writer writer = new Writer(connection)) {
            writer.write(id, request);
            writer.flush();
        }
    }

    /** Schema version 12: the figures of every request recorded before version 11, a page of requests at a time. */
    static void fill(Connection connection) throws SQLException {
        long after = 0;
        try (Writer writer = new Writer(connection)) {
            for (RequestList page = page(connection, after); !page.readable().isEmpty()
                    || !page.unreadable().isEmpty(); page = page(connection, after)) {
                for (TrackedRequest request : page.readable()) {
                    writer.write(request.id(), request);
                    after = Math.max(after, request.id());
                }
                for (UnreadableRequest request : page.unreadable()) {
                    after = Math.max(after, request.id());
                }
                writer.flush();
            }
        }
    }

    /** The statements that write the figures, prepared once for any number of requests and sent in batches. */
    private static final class Writer implements AutoCloseable {
        private final PreparedStatement update;
        private final PreparedStatement delete;
        private final PreparedStatement insert;

        Writer(Connection connection) throws SQLException {
            update = connection.prepareStatement("UPDATE requests SET answer_days = ? WHERE id = ?");
            delete = connection.prepareStatement("DELETE FROM status_changes WHERE request_id = ?");
            insert = connection.prepareStatement("INSERT INTO status_changes (request_id, campaign, day, "
                    + "from_status, to_status) VALUES (?, ?, ?, ?, ?)");
        }

        void write(long id, TrackedRequest request) throws SQLException {
            update.setObject(1, request == null ? null : request.daysToAnswer().orElse(null));
            update.setLong(2, id);
            update.addBatch();
            delete.setLong(1, id);
            delete.addBatch();
            for (StatusChange change : request == null ? List.<StatusChange>of() : request.history()) {
                insert.setLong(1, id);
                insert.setString(2, request.campaign());
                insert.setString(3, change.day().toString());
                insert.setString(4, change.from() == null ? null : change.from().name());
                insert.setString(5, change.to().name());
                insert.addBatch();
            }
        }

        /** Sends what was written: the deletes before the inserts that replace them. */
        void flush() throws SQLException {
            update.executeBatch();
            delete.executeBatch();
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try (update; delete; insert) {
                // closes the three statements
            }
        }
    }

    private static RequestList page(Connection connection, long after) throws SQLException {
        return RequestRows.read(connection, "", new RequestRows.Filter("1 = 1", List.of()), after, PAGE);
    }

    /**
     * How many requests {@code filter} selects per platform and days to answer, in one grouped statement; requests
     * not answered (or whose rows cannot be read) are left out.
     */
    static List<DaysToAnswerCount> countDaysToAnswer(Connection connection, RequestRows.Filter filter)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.platform, r.answer_days, COUNT(*) FROM "
                + "requests r WHERE " + filter.sql() + " AND r.answer_days IS NOT NULL GROUP BY r.platform, "
                + "r.answer_days ORDER BY r.platform, r.answer_days")) {
            filter.bind(query, 1);
            List<DaysToAnswerCount> counts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.add(new DaysToAnswerCount(rs.getString(1), rs.getInt(2), rs.getLong(3)));
                }
            }
            return counts;
        }
    }

    /**
     * How many requests of {@code campaign} changed from one status to another on each day up to {@code until}, in
     * one grouped statement on one index, oldest day first.
     */
    static List<StatusChangeCount> countStatusChanges(Connection connection, String campaign, LocalDate until)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT day, from_status, to_status, COUNT(*) "
                + "FROM status_changes WHERE campaign = ? AND day <= ? GROUP BY day, from_status, to_status "
                + "ORDER BY day, from_status, to_status")) {
            query.setString(1, campaign);
            query.setString(2, until.toString());
            List<StatusChangeCount> counts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(2);
                    counts.add(new StatusChangeCount(LocalDate.parse(rs.getString(1)),
                            from == null ? null : RequestStatus.valueOf(from), RequestStatus.valueOf(rs.getString(3)),
                            rs.getLong(4)));
                }
            }
            return counts;
        }
    }
}
