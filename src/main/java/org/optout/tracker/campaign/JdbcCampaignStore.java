package org.optout.tracker.campaign;

import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.TrackerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.optout.campaign.CampaignStatus;
import org.optout.campaign.CampaignStore;
import org.optout.campaign.DocumentKind;
import org.optout.campaign.Member;
import org.optout.campaign.SignedMandate;

/**
 * Campaigns in the tracker database (tables of migration 5), in SQL that SQLite and PostgreSQL both run: natural
 * keys, keyset paging by member id, upserts with {@code ON CONFLICT}, and counts from indexed {@code GROUP BY}s.
 */
public final class JdbcCampaignStore implements CampaignStore {
    private final JdbcRequestStore tracker;
    private final DataSource dataSource;
    private final Clock clock;

    private JdbcCampaignStore(JdbcRequestStore tracker, Clock clock) {
        this.tracker = tracker;
        this.dataSource = tracker.dataSource();
        this.clock = clock;
    }

    /** Opens (creating and migrating it if needed) the tracker at {@code location}, a file path or a JDBC URL. */
    public static JdbcCampaignStore open(String location, Clock clock) {
        return open(location, clock, java.util.Map.of());
    }

    /** Opens the campaigns of the tracker at {@code location}; {@code env} may hold the database password. */
    public static JdbcCampaignStore open(String location, Clock clock, java.util.Map<String, String> env) {
        JdbcRequestStore tracker = JdbcRequestStore.open(location, clock, env);
        return new JdbcCampaignStore(tracker, clock);
    }

    @Override
    public ImportCounts importMembers(String campaign, String associationJson, String associationSha256,
                                      MemberSource source) {
        return tracker.inTransaction(connection -> {
            String now = clock.instant().toString();
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO campaigns (name, "
                    + "association_json, association_sha256, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET association_json = excluded.association_json, "
                    + "association_sha256 = excluded.association_sha256, updated_at = excluded.updated_at")) {
                upsert.setString(1, campaign);
                upsert.setString(2, associationJson);
                upsert.setString(3, associationSha256);
                upsert.setString(4, now);
                upsert.setString(5, now);
                upsert.executeUpdate();
            }
            MemberRows rows = new MemberRows(connection, campaign, now);
            boolean keep;
            try {
                keep = source.feed(rows::upsert);
                rows.flush();
            } catch (RowFailure e) {
                throw e.getCause();
            }
            if (!keep) {
                connection.rollback();
            }
            return rows.counts();
        });
    }

    @Override
    public Optional<StoredCampaign> campaign(String name) {
        return query("SELECT name, association_json, association_sha256, out_directory FROM campaigns WHERE name = ?",
                List.of(name), rs -> new StoredCampaign(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).stream().findFirst();
    }

    @Override
    public void recordOutDirectory(String campaign, String outDirectory) {
        tracker.inTransaction(connection -> update(connection, "UPDATE campaigns SET out_directory = ?, updated_at = ? "
                + "WHERE name = ?", outDirectory, clock.instant().toString(), campaign));
    }

    @Override
    public long activeMembers(String campaign) {
        return count("SELECT COUNT(*) FROM campaign_members WHERE campaign = ? AND withdrawn_on IS NULL", campaign);
    }

    @Override
    public List<Member> members(String campaign, String afterId, int limit) {
        return members("member_id > ? AND withdrawn_on IS NULL ORDER BY member_id LIMIT " + Math.max(1, limit),
                campaign, afterId);
    }

    @Override
    public Optional<Member> member(String campaign, String memberId) {
        return members("member_id = ? AND withdrawn_on IS NULL", campaign, memberId).stream().findFirst();
    }

    /** The members of {@code campaign} that {@code where} selects (its one parameter: {@code value}), with accounts. */
    private List<Member> members(String where, String campaign, String value) {
        List<String[]> rows = query("SELECT member_id, name, email, address, country, language, situation, "
                + "mandate_signed_on FROM campaign_members WHERE campaign = ? AND " + where, List.of(campaign, value),
                rs -> {
                    String[] row = new String[8];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    return row;
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> accounts = new LinkedHashMap<>();
        query("SELECT member_id, platform, account FROM campaign_accounts WHERE campaign = ? AND member_id >= ? AND "
                + "member_id <= ?", List.of(campaign, rows.get(0)[0], rows.get(rows.size() - 1)[0]), rs -> accounts
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)));
        return rows.stream().map(row -> MemberRows.member(row, accounts.getOrDefault(row[0], Map.of()))).toList();
    }

    @Override
    public Map<String, List<WrittenDocument>> written(String campaign, String afterId, String lastId) {
        Map<String, List<WrittenDocument>> written = new LinkedHashMap<>();
        query("SELECT member_id, kind, platform, language, file, sha256, member_sha256, association_sha256 FROM "
                + "campaign_documents WHERE campaign = ? AND member_id > ? AND member_id <= ?",
                List.of(campaign, afterId, lastId), rs -> written.computeIfAbsent(rs.getString(1),
                        k -> new ArrayList<>()).add(document(rs)));
        return written;
    }

    @Override
    public void recordWritten(String campaign, List<WrittenDocument> documents) {
        String now = clock.instant().toString();
        tracker.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO campaign_documents (campaign, "
                    + "member_id, kind, platform, language, file, sha256, member_sha256, association_sha256, "
                    + "written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign, member_id, kind, "
                    + "platform) DO UPDATE SET language = excluded.language, file = excluded.file, "
                    + "sha256 = excluded.sha256, member_sha256 = excluded.member_sha256, "
                    + "association_sha256 = excluded.association_sha256, written_at = excluded.written_at")) {
                for (WrittenDocument d : documents) {
                    String[] values = {campaign, d.memberId(), d.kind().name(), d.platform(), d.language(), d.file(),
                        d.sha256(), d.memberSha256(), d.associationSha256(), now};
                    for (int i = 0; i < values.length; i++) {
                        upsert.setString(i + 1, values[i]);
                    }
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public CampaignStatus status(String campaign) {
        long members = activeMembers(campaign);
        long withdrawn = count("SELECT COUNT(*) FROM campaign_members WHERE campaign = ? AND withdrawn_on IS NOT NULL",
                campaign);
        long signed = count("SELECT COUNT(*) FROM campaign_members WHERE campaign = ? AND withdrawn_on IS NULL AND "
                + "mandate_signed_on IS NOT NULL", campaign);
        long mandates = count("SELECT COUNT(*) FROM campaign_documents WHERE campaign = ? AND kind = 'MANDATE'",
                campaign);
        List<CampaignStatus.PlatformCount> platforms = query("SELECT platform, COUNT(*) FROM campaign_documents "
                + "WHERE campaign = ? AND kind = 'OBJECTION' GROUP BY platform ORDER BY platform", List.of(campaign),
                rs -> new CampaignStatus.PlatformCount(rs.getString(1), rs.getLong(2)));
        long copies = count("SELECT COUNT(*) FROM campaign_mandates c JOIN campaign_members m ON m.campaign = "
                + "c.campaign AND m.member_id = c.member_id WHERE c.campaign = ? AND m.withdrawn_on IS NULL", campaign);
        return new CampaignStatus(campaign, members, withdrawn, signed, mandates, copies, platforms);
    }

    @Override
    public Optional<Forgotten> forget(String campaign, String memberId, LocalDate on) {
        return tracker.inTransaction(connection -> {
            List<WrittenDocument> documents = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT member_id, kind, platform, language, "
                    + "file, sha256, member_sha256, association_sha256 FROM campaign_documents WHERE campaign = ? AND "
                    + "member_id = ? ORDER BY kind, platform")) {
                select.setString(1, campaign);
                select.setString(2, memberId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        documents.add(document(rs));
                    }
                }
            }
            int erased = update(connection, "UPDATE campaign_members SET name = NULL, email = NULL, address = NULL, "
                    + "country = NULL, language = NULL, situation = NULL, mandate_signed_on = NULL, row_sha256 = NULL, "
                    + "withdrawn_on = ?, updated_at = ? WHERE campaign = ? AND member_id = ? AND withdrawn_on IS NULL",
                    on.toString(), clock.instant().toString(), campaign, memberId);
            if (erased == 0) {
                return Optional.<Forgotten>empty();
            }
            update(connection, "DELETE FROM campaign_accounts WHERE campaign = ? AND member_id = ?", campaign,
                    memberId);
            update(connection, "DELETE FROM campaign_documents WHERE campaign = ? AND member_id = ?", campaign,
                    memberId);
            // the requests 'campaign send' made for the member stay, with their evidence, for the claims they support
            List<String> kept = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM requests WHERE campaign = ? "
                    + "AND member_id = ? ORDER BY id")) {
                select.setString(1, campaign);
                select.setString(2, memberId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        kept.add("R" + rs.getLong(1));
                    }
                }
            }
            SignedMandate mandate = SignedMandates.read(connection, campaign, List.of(memberId)).get(memberId);
            if (mandate != null && kept.isEmpty()) {
                update(connection, "DELETE FROM campaign_mandates WHERE campaign = ? AND member_id = ?", campaign,
                        memberId);
            }
            return Optional.of(new Forgotten(documents, kept, mandate));
        });
    }

    @Override
    public Optional<Recorded> recordMandate(String campaign, SignedMandate mandate, String memberSha256) {
        return tracker.inTransaction(connection -> SignedMandates.record(connection, campaign, mandate, memberSha256,
                clock.instant().toString()));
    }

    @Override
    public Map<String, SignedMandate> signedMandates(String campaign, java.util.Collection<String> memberIds) {
        try (Connection connection = dataSource.getConnection()) {
            return SignedMandates.read(connection, campaign, memberIds);
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    @Override
    public Optional<SignedMandate> erasableMandate(String campaign, String memberId) {
        try (Connection connection = dataSource.getConnection()) {
            return SignedMandates.erasable(connection, campaign, memberId);
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    private static WrittenDocument document(ResultSet rs) throws SQLException {
        return new WrittenDocument(rs.getString(1), DocumentKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static int update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private long count(String sql, String campaign) {
        return query(sql, List.of(campaign), rs -> rs.getLong(1)).get(0);
    }

    /** A row of a result set, read while it is current. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<String> values, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw tracker.failure(e);
        }
    }

    /** An SQL failure while a member was fed to the store, carried out of the feeding callback. */
    static final class RowFailure extends RuntimeException {
        RowFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
