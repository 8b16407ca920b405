package org.optout.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.TestFiles;
import org.optout.catalogue.Channel;
import org.optout.cli.CliRun;
import org.optout.tracker.Backend;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code send} and {@code remind --send} decide under the tracker's lock from the requests that can change their
 * decision only: an unreadable request of another platform (or, for a reminder, another request of the same
 * platform) is never read, so it neither stops them nor costs them anything; on both databases.
 */
class ScopedDecisionsTest {
    private static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @BeforeEach
    void profile() {
        TestFiles.sampleProfile(home);
    }

    private CliRun at(Backend.Tracker tracker, Clock clock, String command, String... extra) {
        String[] args = Stream.concat(Stream.of(command), Stream.concat(Stream.of(extra), Stream.of("--profile",
                "profile.yaml", "--ui-lang", "en", "--db", tracker.location(), "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none")))
                .toArray(String[]::new);
        return CliRun.runWith(home, clock, Map.of(), "", args);
    }

    /** Records {@code count} objections to {@code platform} in one transaction; returns the first one's id. */
    private static long seed(JdbcRequestStore store, String platform, int count) {
        return store.exclusively(RequestQuery.platform(platform), (current, writes) -> {
            long first = 0;
            for (int i = 0; i < count; i++) {
                long id = writes.create(new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE",
                        "FR", null), List.of(NewEvent.of(EventType.DRAFTED, LocalDate.of(2026, 2, 1))));
                first = first == 0 ? id : first;
            }
            return first;
        });
    }

    /** Edits request {@code id} outside optout so that it can no longer be read. */
    private static void spoil(Backend.Tracker tracker, long id) throws Exception {
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE requests SET user_country = 'nowhere' WHERE id = " + id)).isOne();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_send_reads_only_its_platform_and_still_refuses_a_second_send(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        JdbcRequestStore store = tracker.open(MARCH);
        spoil(tracker, seed(store, "claude", 40));

        CliRun run = at(tracker, MARCH, "send", "chatgpt");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("R41 chatgpt: sent to [dpo@openai.com]");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(store.find(RequestQuery.platform("chatgpt"))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.SENT));
        CliRun again = at(tracker, MARCH, "send", "chatgpt");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("R41 chatgpt: already sent").contains("nothing sent");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        CliRun spoilt = at(tracker, MARCH, "send", "claude");
        assertThat(spoilt.exitCode()).as("its own platform's requests are read: %s", spoilt).isEqualTo(4);
        assertThat(spoilt.err()).contains("R1: user_country 'nowhere' is not a country code");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_reminder_reads_only_its_request(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        JdbcRequestStore store = tracker.open(MARCH);
        assertThat(at(tracker, MARCH, "send", "chatgpt").exitCode()).isZero();
        spoil(tracker, seed(store, "chatgpt", 3));
        spoil(tracker, seed(store, "claude", 30));

        CliRun run = at(tracker, APRIL, "remind", "R1", "--send", "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(2);
        TrackedRequest reminded = store.find(1).orElseThrow();
        assertThat(reminded.events()).extracting(e -> e.type())
                .contains(EventType.REMINDER_ATTEMPTED, EventType.REMINDER_SENT);
    }
}
