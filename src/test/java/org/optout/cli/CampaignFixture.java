package org.optout.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optout.TestFiles;
import org.optout.catalogue.Channel;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestKind;
import org.optout.tracker.StoredDocument;

/**
 * A campaign of the sample association in a tracker of a temporary home, its members from a CSV given by the test,
 * and its tracked requests written through the tracker's store as {@code campaign send} and the follow-up commands
 * would write them, on the dates the test gives.
 */
final class CampaignFixture {
    static final String DB = "tracker.db";
    static final String HEADER = "member_id,name,email,address,country,language,situation,mandate_signed_on,"
            + "account_linkedin,account_meta-ai\n";

    private CampaignFixture() {
    }

    /** Runs {@code campaign init NAME} on the sample association and {@code members} (rows after the header). */
    static CliRun init(Path home, String name, String members) {
        Path csv = TestFiles.write(home.resolve("members.csv"), HEADER + members);
        return CliRun.ok(home, "2026-11-22", "campaign", "init", name, "--association",
                TestFiles.SAMPLES.resolve("association.yaml").toString(), "--members", csv.toString(), "--db",
                home.resolve(DB).toString());
    }

    static JdbcRequestStore store(Path home) {
        return JdbcRequestStore.open(home.resolve(DB).toString(), CliRun.CLOCK);
    }

    /** An event on a day of 2026, e.g. {@code on(EventType.SENT, "10-02")}. */
    static NewEvent on(EventType type, String monthDay) {
        return NewEvent.of(type, LocalDate.parse("2026-" + monthDay));
    }

    /**
     * Tracks the member's objection to {@code platform}, sent by e-mail: drafted on {@code drafted}, then the
     * {@code events} given.
     *
     * @return its id
     */
    static long request(JdbcRequestStore store, String campaign, String memberId, String platform, String drafted,
                        NewEvent... events) {
        long id = store.create(new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "BE", null,
                campaign, memberId), on(EventType.DRAFTED, drafted)).id();
        if (events.length > 0) {
            store.appendAll(id, List.of(events));
        }
        return id;
    }

    /** A document kept in the tracker's store beside the database, as evidence of an event. */
    static StoredDocument document(JdbcRequestStore store, Path home, String content, String name, String role) {
        return store.documents(home.resolve("documents")).store(content.getBytes(StandardCharsets.UTF_8),
                name.endsWith(".eml") ? "message/rfc822" : "application/pdf", name, role);
    }

    /** Sent on {@code day} with {@code evidence}, and received the same day (e-mail). */
    static NewEvent[] sent(String day, StoredDocument... evidence) {
        return new NewEvent[] {new NewEvent(EventType.SENT, LocalDate.parse("2026-" + day), null, null,
                List.of(evidence)), on(EventType.RECEIVED, day)};
    }

    /** The events given, in order. */
    static NewEvent[] then(NewEvent[] first, NewEvent... more) {
        List<NewEvent> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(NewEvent[]::new);
    }
}
