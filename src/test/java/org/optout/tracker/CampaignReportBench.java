package org.optout.tracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optout.catalogue.Channel;

/**
 * A measurement, not a test: writes a campaign of 100,000 requests (25,000 members, four platforms) with a
 * realistic mix of statuses, events and evidence, in a tracker at schema version 10 (so that an optout before
 * version 11 reads it, and a later one migrates it), for timing {@code optout campaign report} by hand. Statuses and
 * due dates are those optout derives ({@link TrackedRequest}); hashes are left out (the report does not check them).
 * Run with the test classpath: {@code CampaignReportBench requests DB_OR_POSTGRESQL_URL MEMBERS_CSV [MEMBERS]}
 * writes the requests (four per member, 25,000 members unless given) and the members file for
 * {@code campaign init bench}; after it, {@code CampaignReportBench letters DB} records the letters written, one
 * per request.
 */
public final class CampaignReportBench {
    static final String[] PLATFORMS = {"linkedin", "meta-ai", "claude", "chatgpt"};
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private CampaignReportBench() {
    }

    public static void main(String[] args) throws Exception {
        TrackerDatabase database = TrackerDatabase.at(args[1], Map.of());
        if (args[0].equals("letters")) {
            letters(database);
            return;
        }
        int members = args.length > 3 ? Integer.parseInt(args[3]) : 25_000;
        JdbcRequestStore.open(database, Clock.systemUTC(), "10");
        StringBuilder csv = new StringBuilder("member_id,name,email,address,country,language,situation,"
                + "mandate_signed_on,account_linkedin,account_meta-ai\n");
        for (int m = 1; m <= members; m++) {
            csv.append("M").append(m).append(",Member ").append(m).append(",m").append(m)
                    .append("@mail.example,Rue ").append(m).append(" | 1000 Bruxelles,BE,fr,,")
                    .append(m % 10 == 0 ? "" : "2026-02-15").append(",,\n");
        }
        Files.writeString(Path.of(args[2]), csv);
        requests(database, members);
    }

    private static void requests(TrackerDatabase database, int members) throws SQLException {
        Random random = new Random(42);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement request = c.prepareStatement("INSERT INTO requests (id, platform, kind, language, "
                    + "channel, controller_country, user_country, created_at, status, campaign, member_id, due_on) "
                    + "VALUES (?, ?, 'OBJECTION', 'fr', 'EMAIL', 'IE', 'BE', ?, ?, 'bench', ?, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO events (id, request_id, type, "
                         + "occurred_on, recorded_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement document = c.prepareStatement("INSERT INTO documents (sha256, size, media_type, "
                         + "original_name, stored_at) VALUES (?, 1000, 'application/pdf', ?, '2026-03-01T10:00:00Z')");
                 PreparedStatement link = c.prepareStatement("INSERT INTO event_documents (event_id, sha256, role, "
                         + "position) VALUES (?, ?, ?, 0)")) {
                long eventId = 0;
                long id = 0;
                for (int m = 1; m <= members; m++) {
                    for (String platform : PLATFORMS) {
                        id++;
                        List<RequestEvent> events = events(random, eventId);
                        eventId += events.size();
                        TrackedRequest tracked = new TrackedRequest(id, platform, RequestKind.OBJECTION, "fr",
                                Channel.EMAIL, "IE", "BE", null, Instant.parse("2026-03-01T10:00:00Z"), events,
                                "bench", "M" + m);
                        request.setLong(1, id);
                        request.setString(2, platform);
                        request.setString(3, events.get(0).on() + "T10:00:00Z");
                        request.setString(4, tracked.status().name());
                        request.setString(5, "M" + m);
                        request.setString(6, tracked.deadline().map(d -> d.date().toString()).orElse(null));
                        request.addBatch();
                        for (RequestEvent e : events) {
                            event.setLong(1, e.id());
                            event.setLong(2, id);
                            event.setString(3, e.type().name());
                            event.setString(4, e.on().toString());
                            event.setString(5, e.on() + "T12:00:00Z");
                            event.addBatch();
                            if (e.type() == EventType.SENT || e.type() == EventType.ANSWERED
                                    || e.type() == EventType.REFUSED) {
                                String sha = String.format("%064x", e.id());
                                document.setString(1, sha);
                                document.setString(2, e.type().label() + "-" + id + ".pdf");
                                document.addBatch();
                                link.setLong(1, e.id());
                                link.setString(2, sha);
                                link.setString(3, e.type() == EventType.SENT ? "letter" : "reply");
                                link.addBatch();
                            }
                        }
                    }
                    if (m % 1000 == 0 || m == members) {
                        request.executeBatch();
                        event.executeBatch();
                        document.executeBatch();
                        link.executeBatch();
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    /** One request's events, in the order recorded, those dated after {@link #TODAY} left out. */
    private static List<RequestEvent> events(Random random, long lastId) {
        List<Object[]> planned = new ArrayList<>();
        LocalDate drafted = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(260));
        planned.add(new Object[] {EventType.DRAFTED, drafted});
        int kind = random.nextInt(100);
        if (kind < 3) {
            return recorded(planned, lastId);
        }
        LocalDate sent = drafted.plusDays(random.nextInt(3));
        if (kind < 5) {
            planned.add(new Object[] {EventType.SEND_ATTEMPTED, sent});
            planned.add(new Object[] {EventType.DELIVERY_FAILED, sent});
            return recorded(planned, lastId);
        }
        planned.add(new Object[] {EventType.SENT, sent});
        if (kind < 15) {
            return recorded(planned, lastId);
        }
        planned.add(new Object[] {EventType.RECEIVED, sent});
        int answer = random.nextInt(100);
        if (answer < 35) {
            planned.add(new Object[] {EventType.ANSWERED, sent.plusDays(3 + random.nextInt(43))});
        } else if (answer < 50) {
            LocalDate refused = sent.plusDays(3 + random.nextInt(58));
            planned.add(new Object[] {EventType.REFUSED, refused});
            if (random.nextInt(10) < 3) {
                planned.add(new Object[] {EventType.COMPLAINT_FILED, refused.plusDays(10 + random.nextInt(21))});
            }
        } else if (answer < 60) {
            planned.add(new Object[] {EventType.ACKNOWLEDGED, sent.plusDays(1 + random.nextInt(5))});
        } else if (answer < 65) {
            planned.add(new Object[] {EventType.EXTENSION_NOTIFIED, sent.plusDays(20)});
        } else if (answer < 68) {
            planned.add(new Object[] {EventType.IDENTITY_REQUESTED, sent.plusDays(5)});
            planned.add(new Object[] {EventType.IDENTITY_PROVIDED, sent.plusDays(10)});
            planned.add(new Object[] {EventType.ANSWERED, sent.plusDays(30)});
        } else if (answer < 73) {
            planned.add(new Object[] {EventType.SETTING_DONE, sent.plusDays(2)});
        } else if (answer < 85) {
            planned.add(new Object[] {EventType.REMINDER_SENT, sent.plusDays(35)});
        }
        return recorded(planned, lastId);
    }

    private static List<RequestEvent> recorded(List<Object[]> planned, long lastId) {
        List<RequestEvent> events = new ArrayList<>();
        for (Object[] p : planned) {
            LocalDate on = (LocalDate) p[1];
            if (!on.isAfter(TODAY)) {
                events.add(new RequestEvent(lastId + events.size() + 1, (EventType) p[0], on,
                        Instant.parse(on + "T12:00:00Z"), null, null, List.of()));
            }
        }
        return events;
    }

    /** One objection letter written per request, as {@code campaign letters} records them. */
    private static void letters(TrackerDatabase database) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO campaign_documents (campaign, member_id, "
                     + "kind, platform, language, file, sha256, member_sha256, association_sha256, written_at) "
                     + "SELECT 'bench', member_id, 'OBJECTION', platform, 'fr', 'objection-' || platform || '.pdf', "
                     + "'0', '1', '2', '2026-03-01T10:00:00Z' FROM requests WHERE campaign = 'bench'")) {
            insert.executeUpdate();
        }
    }
}
