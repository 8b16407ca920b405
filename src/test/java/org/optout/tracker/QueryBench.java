package org.optout.tracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;

/**
 * A measurement, not a test: the time of an indexed query (by status, by member) over trackers of 100 and 100,000
 * requests, on both databases. Run it by hand with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.optout.tracker.QueryBench}.
 */
public final class QueryBench {
    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("optout-bench-");
        for (Backend backend : Backend.values()) {
            for (int size : new int[] {100, 100_000}) {
                Backend.Tracker tracker = backend.newTracker(Files.createDirectories(dir.resolve(backend + "-"
                        + size)));
                JdbcRequestStore store = tracker.open(Clock.systemUTC());
                fill(tracker, size);
                long best = Long.MAX_VALUE;
                long bestMember = Long.MAX_VALUE;
                int found = 0;
                for (int run = 0; run < 20; run++) {
                    long start = System.nanoTime();
                    found = store.find(RequestQuery.campaign("bench").withStatus(RequestStatus.REFUSED)
                            .withPlatform("claude")).size();
                    best = Math.min(best, System.nanoTime() - start);
                    start = System.nanoTime();
                    store.find(RequestQuery.member("bench", "M-42"));
                    bestMember = Math.min(bestMember, System.nanoTime() - start);
                }
                System.out.printf("%s %,d requests: by status %.2f ms (%d found), by member %.2f ms%n", backend, size,
                        best / 1e6, found, bestMember / 1e6);
            }
        }
    }

    /** {@code size} requests with one event each, 10 of them refused on claude, written straight in SQL. */
    private static void fill(Backend.Tracker tracker, int size) throws Exception {
        try (Connection c = tracker.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement request = c.prepareStatement("INSERT INTO requests (id, platform, kind, language, "
                    + "channel, controller_country, user_country, created_at, status, campaign, member_id) "
                    + "VALUES (?, ?, 'OBJECTION', 'fr', 'EMAIL', 'IE', 'FR', '2026-11-02T10:00:00Z', ?, 'bench', ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO events (id, request_id, type, "
                         + "occurred_on, recorded_at) VALUES (?, ?, ?, '2026-11-02', '2026-11-02T10:00:00Z')")) {
                for (int i = 1; i <= size; i++) {
                    boolean refused = i % (size / 10) == 0;
                    request.setLong(1, i);
                    request.setString(2, refused ? "claude" : i % 2 == 0 ? "linkedin" : "meta");
                    request.setString(3, refused ? "REFUSED" : "AWAITING_RECEIPT");
                    request.setString(4, "M-" + i);
                    request.addBatch();
                    event.setLong(1, i);
                    event.setLong(2, i);
                    event.setString(3, refused ? "REFUSED" : "SENT");
                    event.addBatch();
                    if (i % 5000 == 0 || i == size) {
                        request.executeBatch();
                        event.executeBatch();
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute(tracker.backend() == Backend.SQLITE ? "ANALYZE" : "ANALYZE requests");
            }
        }
    }
}
