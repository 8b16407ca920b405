package org.optout.tracker.campaign;

import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.TrackerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optout.campaign.CampaignStore.ImportCounts;
import org.optout.campaign.Member;
import org.optout.catalogue.Language;

/**
 * The members of one import, written inside its transaction: a new member is added, a changed one updated (its
 * accounts replaced), an unchanged one (same row hash) left alone, a withdrawn one never brought back.
 */
final class MemberRows {
    /** Members written together: their stored rows read in one query, their changes in one batch per statement. */
    private static final int CHUNK = 500;

    private final Connection connection;
    private final List<Member> pending = new ArrayList<>();
    private final Set<String> pendingIds = new LinkedHashSet<>();
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement deleteAccounts;
    private final PreparedStatement insertAccount;
    private final PreparedStatement redateMandate;
    private final String campaign;
    private final String now;
    private int added;
    private int updated;
    private int unchanged;
    private int withdrawn;

    MemberRows(Connection connection, String campaign, String now) throws SQLException {
        this.connection = connection;
        this.campaign = campaign;
        this.now = now;
        insert = connection.prepareStatement("INSERT INTO campaign_members (name, email, address, country, language, "
                + "situation, mandate_signed_on, row_sha256, updated_at, campaign, member_id, added_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        update = connection.prepareStatement("UPDATE campaign_members SET name = ?, email = ?, address = ?, "
                + "country = ?, language = ?, situation = ?, mandate_signed_on = ?, row_sha256 = ?, updated_at = ? "
                + "WHERE campaign = ? AND member_id = ?");
        deleteAccounts = connection.prepareStatement("DELETE FROM campaign_accounts WHERE campaign = ? AND "
                + "member_id = ?");
        redateMandate = connection.prepareStatement("UPDATE campaign_mandates SET signed_on = ? WHERE campaign = ? "
                + "AND member_id = ?");
        insertAccount = connection.prepareStatement("INSERT INTO campaign_accounts (campaign, member_id, platform, "
                + "account) VALUES (?, ?, ?, ?)");
    }

    /**
     * Adds or updates one member, with the others of its chunk (an SQL failure is carried out as a
     * {@link JdbcCampaignStore.RowFailure}). A row without a mandate date keeps the date of the member's recorded
     * signed mandate ({@code campaign mandates}); a row with another date gives it to the recorded mandate too (the
     * last date stated wins). Call {@link #flush()} after the last member.
     */
    void upsert(Member imported) {
        if (pendingIds.contains(imported.memberId())) {
            flush();
        }
        pending.add(imported);
        pendingIds.add(imported.memberId());
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * Writes the members given since the last flush: their stored rows read in one query, their changes sent in
     * batches (one round trip per statement and chunk, not several per member: on a tracker across the network,
     * 25,000 members took 40 s one by one).
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Map<String, String[]> stored = stored(pendingIds);
            for (Member imported : pending) {
                stage(imported, stored.get(imported.memberId()));
            }
            insert.executeBatch();
            update.executeBatch();
            redateMandate.executeBatch();
            deleteAccounts.executeBatch();
            insertAccount.executeBatch();
        } catch (SQLException e) {
            throw new JdbcCampaignStore.RowFailure(e);
        } finally {
            pending.clear();
            pendingIds.clear();
        }
    }

    /** Row hash, withdrawal date and signed mandate's date of each of {@code ids} already in the campaign. */
    private Map<String, String[]> stored(Set<String> ids) throws SQLException {
        Map<String, String[]> stored = new HashMap<>();
        try (PreparedStatement find = connection.prepareStatement("SELECT m.member_id, m.row_sha256, m.withdrawn_on, "
                + "c.signed_on FROM campaign_members m LEFT JOIN campaign_mandates c ON c.campaign = m.campaign AND "
                + "c.member_id = m.member_id WHERE m.campaign = ? AND m.member_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            find.setString(1, campaign);
            int i = 2;
            for (String id : ids) {
                find.setString(i++, id);
            }
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return stored;
    }

    /** Adds what {@code imported} needs to the batches; {@code row}: its stored row (hash, withdrawn, signed), or null. */
    private void stage(Member imported, String[] row) throws SQLException {
        Member member = imported;
        if (row != null && imported.mandateSignedOn() == null && row[2] != null) {
            member = imported.withMandateSignedOn(LocalDate.parse(row[2]));
        }
        String hash = member.rowHash();
        if (row == null) {
            write(insert, member, hash);
            insert.setString(12, now);
            insert.addBatch();
            added++;
        } else if (row[1] != null) {
            withdrawn++;
            return;
        } else if (hash.equals(row[0])) {
            unchanged++;
            return;
        } else {
            write(update, member, hash);
            update.addBatch();
            updated++;
            if (row[2] != null && !row[2].equals(member.mandateSignedOn().toString())) {
                redateMandate.setString(1, member.mandateSignedOn().toString());
                redateMandate.setString(2, campaign);
                redateMandate.setString(3, member.memberId());
                redateMandate.addBatch();
            }
            deleteAccounts.setString(1, campaign);
            deleteAccounts.setString(2, member.memberId());
            deleteAccounts.addBatch();
        }
        for (Map.Entry<String, String> account : member.accounts().entrySet()) {
            insertAccount.setString(1, campaign);
            insertAccount.setString(2, member.memberId());
            insertAccount.setString(3, account.getKey());
            insertAccount.setString(4, account.getValue());
            insertAccount.addBatch();
        }
    }

    private void write(PreparedStatement statement, Member m, String hash) throws SQLException {
        String[] values = {m.name(), m.email(), String.join("\n", m.addressLines()), m.country(),
            m.language() == null ? null : m.language().code(), m.situation(),
            m.mandateSignedOn() == null ? null : m.mandateSignedOn().toString(), hash, now, campaign, m.memberId()};
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
    }

    /** The counts so far: call {@link #flush()} first. */
    ImportCounts counts() {
        return new ImportCounts(added, updated, unchanged, withdrawn);
    }

    /** A member from a row of campaign_members read as text (see {@link JdbcCampaignStore#members}). */
    static Member member(String[] row, Map<String, String> accounts) {
        List<String> address = Arrays.asList(row[3].split("\n"));
        return new Member(row[0], row[1], row[2], address, row[4], row[5] == null ? null : Language.of(row[5])
                .orElse(null), row[6], row[7] == null ? null : LocalDate.parse(row[7]), accounts);
    }
}
