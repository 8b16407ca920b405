package org.optout.tracker.campaign;

import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.TrackerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.campaign.Member;
import org.optout.campaign.SendQueue;

/**
 * The {@link SendQueue} of a tracker database, in table {@code campaign_sends}. On PostgreSQL a batch is a transaction
 * of its own that holds row locks on its rows ({@code FOR UPDATE SKIP LOCKED}) until it is closed: another sender's
 * batch skips them, and a sender killed mid-batch loses its locks with its connection. On SQLite a batch is read and
 * released at once.
 */
public final class JdbcSendQueue implements SendQueue {
    private static final String SENDABLE = "campaign = ? AND withdrawn_on IS NULL AND mandate_signed_on IS NOT NULL";

    private final JdbcRequestStore tracker;
    private final TrackerDatabase database;

    private JdbcSendQueue(JdbcRequestStore tracker) {
        this.tracker = tracker;
        this.database = tracker.database();
    }

    /** The queue of the tracker {@code tracker} opened. */
    public static JdbcSendQueue of(JdbcRequestStore tracker) {
        return new JdbcSendQueue(tracker);
    }

    @Override
    public void fill(String campaign, String platform) {
        // no write lock: these rows are the queue's own, and two senders filling it at once add each row once
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign_sends (campaign, platform, "
                     + "member_id) SELECT campaign, ?, member_id FROM campaign_members WHERE " + SENDABLE
                     + " ON CONFLICT (campaign, platform, member_id) DO NOTHING")) {
            insert.setString(1, platform);
            insert.setString(2, campaign);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    @Override
    public Batch next(String campaign, String platform, String afterId, int limit) {
        boolean shared = database.kind() == TrackerDatabase.Kind.POSTGRESQL;
        Connection connection = null;
        try {
            connection = database.dataSource().getConnection();
            connection.setAutoCommit(!shared);
            List<Member> members = read(connection, campaign, platform, afterId, Math.max(1, limit), shared);
            if (!shared) {
                connection.close();
                connection = null;
            }
            return new JdbcBatch(members, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw tracker.failure(e);
        }
    }

    private static List<Member> read(Connection connection, String campaign, String platform, String afterId,
                                     int limit, boolean lock) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.member_id, m.name, m.email, m.address, "
                + "m.country, m.language, m.situation, m.mandate_signed_on FROM campaign_sends s JOIN campaign_members "
                + "m ON m.campaign = s.campaign AND m.member_id = s.member_id WHERE s.campaign = ? AND s.platform = ? "
                + "AND s.member_id > ? AND m.withdrawn_on IS NULL AND m.mandate_signed_on IS NOT NULL "
                + "ORDER BY s.member_id LIMIT " + limit + (lock ? " FOR UPDATE OF s SKIP LOCKED" : ""))) {
            select.setString(1, campaign);
            select.setString(2, platform);
            select.setString(3, afterId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[8];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> accounts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT member_id, platform, account FROM "
                + "campaign_accounts WHERE campaign = ? AND member_id >= ? AND member_id <= ?")) {
            select.setString(1, campaign);
            select.setString(2, rows.get(0)[0]);
            select.setString(3, rows.get(rows.size() - 1)[0]);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    accounts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return rows.stream().map(row -> MemberRows.member(row, accounts.getOrDefault(row[0], Map.of()))).toList();
    }

    @Override
    public List<String> platforms(String campaign) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT platform FROM campaign_sends "
                     + "WHERE campaign = ? ORDER BY platform")) {
            select.setString(1, campaign);
            List<String> platforms = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    platforms.add(rs.getString(1));
                }
            }
            return platforms;
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    @Override
    public boolean sendable(String campaign, String memberId) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM campaign_members WHERE "
                     + SENDABLE + " AND member_id = ?")) {
            select.setString(1, campaign);
            select.setString(2, memberId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    /** A batch; {@code connection} holds its locks (PostgreSQL), or is null. */
    private final class JdbcBatch implements Batch {
        private final List<Member> members;
        private Connection connection;

        JdbcBatch(List<Member> members, Connection connection) {
            this.members = List.copyOf(members);
            this.connection = connection;
        }

        @Override
        public List<Member> members() {
            return members;
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try (Connection held = connection) {
                connection = null;
                held.commit();
            } catch (SQLException e) {
                throw tracker.failure(e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
