package org.optout.tracker.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optout.campaign.CampaignStore.Recorded;
import org.optout.campaign.SignedMandate;

/** The signed mandates of table {@code campaign_mandates} (migration 13), read and written on a given connection. */
final class SignedMandates {
    /** Member ids per query: well under what either database takes as parameters. */
    private static final int CHUNK = 500;
    private static final String COLUMNS = "member_id, sha256, size, media_type, signed_on";

    private SignedMandates() {
    }

    static Map<String, SignedMandate> read(Connection connection, String campaign, Collection<String> memberIds)
            throws SQLException {
        Map<String, SignedMandate> found = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(memberIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM "
                    + "campaign_mandates WHERE campaign = ? AND member_id IN (" + marks + ")")) {
                select.setString(1, campaign);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        SignedMandate mandate = mandate(rs);
                        found.put(mandate.memberId(), mandate);
                    }
                }
            }
        }
        return found;
    }

    /** Records a member's copy and their mandate date; empty when the member is not (or no longer) there. */
    static Optional<Recorded> record(Connection connection, String campaign, SignedMandate mandate,
                                     String memberSha256, String now) throws SQLException {
        String id = mandate.memberId();
        int member = JdbcCampaignStore.update(connection, "UPDATE campaign_members SET mandate_signed_on = ?, "
                + "row_sha256 = ?, updated_at = ? WHERE campaign = ? AND member_id = ? AND withdrawn_on IS NULL "
                + "AND (mandate_signed_on IS NULL OR mandate_signed_on <> ? OR row_sha256 <> ?)",
                mandate.signedOn().toString(), memberSha256, now, campaign, id, mandate.signedOn().toString(),
                memberSha256);
        if (member == 0 && !active(connection, campaign, id)) {
            return Optional.empty();
        }
        SignedMandate before = read(connection, campaign, List.of(id)).get(id);
        if (mandate.equals(before)) {
            return Optional.of(Recorded.UNCHANGED);
        }
        JdbcCampaignStore.update(connection, "INSERT INTO campaign_mandates (campaign, member_id, sha256, size, "
                + "media_type, signed_on, recorded_at) VALUES (?, ?, ?, CAST(? AS BIGINT), ?, ?, ?) ON CONFLICT "
                + "(campaign, member_id) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, media_type = "
                + "excluded.media_type, signed_on = excluded.signed_on, recorded_at = excluded.recorded_at", campaign,
                id, mandate.sha256(), Long.toString(mandate.size()), mandate.mediaType(),
                mandate.signedOn().toString(), now);
        return Optional.of(before == null ? Recorded.RECORDED : Recorded.REPLACED);
    }

    /**
     * The member's copy, when no request was made for them and its bytes are nobody else's evidence or copy (it has
     * no row in {@code documents}, which lists every document an event refers to).
     */
    static Optional<SignedMandate> erasable(Connection connection, String campaign, String memberId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM campaign_mandates c "
                + "WHERE campaign = ? AND member_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.campaign = c.campaign AND r.member_id = "
                + "c.member_id) AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = c.sha256) "
                + "AND NOT EXISTS (SELECT 1 FROM campaign_mandates o WHERE o.sha256 = c.sha256 AND (o.campaign <> "
                + "c.campaign OR o.member_id <> c.member_id))")) {
            select.setString(1, campaign);
            select.setString(2, memberId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(mandate(rs)) : Optional.empty();
            }
        }
    }

    private static boolean active(Connection connection, String campaign, String memberId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM campaign_members WHERE campaign = ? "
                + "AND member_id = ? AND withdrawn_on IS NULL")) {
            select.setString(1, campaign);
            select.setString(2, memberId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static SignedMandate mandate(ResultSet rs) throws SQLException {
        return new SignedMandate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)));
    }
}
