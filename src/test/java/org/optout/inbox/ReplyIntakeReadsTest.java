package org.optout.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Channel;
import org.optout.cli.CliRun;
import org.optout.mail.IncomingMail;
import org.optout.tracker.Backend;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.SeenMessage;
import org.optout.tracker.SeenMessage.Outcome;
import org.optout.tracker.TrackedRequest;

/**
 * The intake reads, for each message, only the requests it can match (by the Message-IDs it gives, by its sender's
 * domain), not the whole tracker, and matches exactly as against every request; on both databases.
 */
class ReplyIntakeReadsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final int OTHERS = 200;

    @TempDir
    Path dir;

    private final ReplyMatcher matcher = new ReplyMatcher(Map.of("chatgpt", Set.of("openai.com"), "claude",
            Set.of("anthropic.com")), List.of("camille.durand@example.org"));

    private static NewRequest objection(String platform) {
        return new NewRequest(platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null);
    }

    private static NewEvent event(EventType type, String reference) {
        return new NewEvent(type, DAY, null, reference, List.of());
    }

    /** A sent objection to chatgpt with these further events; returns its id. */
    private static long sent(JdbcRequestStore store, String messageId, NewEvent... more) {
        TrackedRequest r = store.create(objection("chatgpt"), event(EventType.DRAFTED, null));
        store.appendAll(r.id(), List.of(event(EventType.SENT, messageId), event(EventType.RECEIVED, null)));
        for (NewEvent e : more) {
            store.append(r.id(), e);
        }
        return r.id();
    }

    private static byte[] mail(int n, String from, String subject, String text, String inReplyTo) {
        return ("From: " + from + "\r\nTo: camille.durand@example.org\r\nSubject: " + subject + "\r\n"
                + "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nMessage-ID: <m" + n + "@controller.example>\r\n"
                + (inReplyTo.isEmpty() ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void each_message_reads_the_few_requests_it_can_match_and_matches_as_against_all(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        store.exclusively(RequestQuery.platform("claude"), (current, writes) -> {
            for (int i = 0; i < OTHERS; i++) {
                writes.create(objection("claude"), List.of(event(EventType.DRAFTED, null),
                        event(EventType.SENT, "<c" + i + "@camille.example>"), event(EventType.RECEIVED, null)));
            }
            return null;
        });
        long first = sent(store, "<r1@camille.example>", event(EventType.ACKNOWLEDGED, "CASE-7781"));
        long second = sent(store, "<r2@camille.example>", event(EventType.REMINDER_SENT,
                "<reminder-r2@camille.example>"));
        sent(store, "<r3@camille.example>", event(EventType.CLOSED, null));
        CountingStore counting = new CountingStore(store);
        ReplyIntake intake = new ReplyIntake(counting, tracker.documents(CliRun.CLOCK), matcher,
                new ReplyClassifier(), CliRun.CLOCK, false);
        assertThat(counting.takeRead()).isZero();

        List<byte[]> mails = List.of(
                mail(1, "dpo@openai.com", "Re: objection", "Thanks.", "<r1@camille.example>"),
                mail(2, "someone@elsewhere.net", "Re: reminder", "Noted.", "<x@y> <reminder-r2@camille.example>"),
                mail(3, "privacy@openai.com", "Your R" + second, "We are unable to comply.", ""),
                mail(4, "support@mail.openai.com", "Update", "About case CASE-7781: done.", ""),
                mail(5, "dpo@openai.com", "Hello", "Account camille.durand@example.org", ""),
                mail(6, "spam@example.net", "CASE-7781", "camille.durand@example.org", ""),
                ("From: camille.durand@example.org\r\nTo: dpo@anthropic.com\r\nSubject: Opposition\r\n"
                        + "Message-ID: <c7@camille.example>\r\n\r\nJe m'oppose.\r\n").getBytes(StandardCharsets.UTF_8));
        List<Long> expected = List.of(first, second, second, first, 0L, 0L, 0L);
        for (int i = 0; i < mails.size(); i++) {
            byte[] raw = mails.get(i);
            ReplyMatcher.Match all = matcher.match(IncomingMail.parse(raw, "m"), store.find(RequestQuery.ALL));
            assertThat(all.request() == null ? 0L : all.request().id()).as("mail %d", i + 1)
                    .isEqualTo(expected.get(i));

            ReplyIntake.Processed p = intake.take(new ReplyIntake.Origin("files", "import", null, null, "m" + i),
                    raw);

            assertThat(counting.takeRead()).as("requests read for mail %d", i + 1).isBetween(0L, 5L);
            if (p.outcome() != Outcome.OWN) {
                assertThat(p.match()).as("mail %d", i + 1).isEqualTo(all);
            }
        }
        intake.finish();

        assertThat(store.seenMessages()).extracting(SeenMessage::outcome).containsExactly(Outcome.MATCHED,
                Outcome.MATCHED, Outcome.MATCHED, Outcome.MATCHED, Outcome.UNMATCHED, Outcome.UNMATCHED, Outcome.OWN);
        assertThat(store.find(first).orElseThrow().events()).filteredOn(e -> e.type() == EventType.REPLY_RECEIVED)
                .extracting(e -> e.reference()).containsExactly("m1@controller.example", "m4@controller.example");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_platform_is_read_once_per_run_and_what_was_recorded_meanwhile_counts(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(dir);
        JdbcRequestStore store = tracker.open(CliRun.CLOCK);
        long first = sent(store, "<r1@camille.example>");
        sent(store, "<r2@camille.example>");
        sent(store, "<r3@camille.example>");
        CountingStore counting = new CountingStore(store);
        ReplyIntake intake = new ReplyIntake(counting, tracker.documents(CliRun.CLOCK), matcher,
                new ReplyClassifier(), CliRun.CLOCK, false);

        ReplyIntake.Processed news = intake.take(new ReplyIntake.Origin("files", "import", null, null, "news"),
                mail(1, "news@openai.com", "New model", "Try it now.", ""));
        assertThat(news.outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(counting.takeRead()).as("the platform's objections").isEqualTo(3);
        ReplyIntake.Processed ack = intake.take(new ReplyIntake.Origin("files", "import", null, null, "ack"),
                mail(2, "dpo@openai.com", "Re: Opposition", "Nous accusons réception de votre demande d'opposition. "
                        + "Elle a été enregistrée sous le numéro de dossier DPO-2026-1187.", "<r1@camille.example>"));
        assertThat(ack.acknowledged()).as("%s", ack).isTrue();
        counting.takeRead();
        ReplyIntake.Processed update = intake.take(new ReplyIntake.Origin("files", "import", null, null, "update"),
                mail(3, "privacy@openai.com", "Update", "About DPO-2026-1187: done.", ""));

        assertThat(counting.takeRead()).as("the platform is not read again: only the request the reply is recorded "
                + "on, under the lock and after").isEqualTo(2);
        assertThat(update.match().confidence()).isEqualTo(ReplyMatcher.Confidence.LIKELY);
        assertThat(update.match().request().id()).isEqualTo(first);
        assertThat(update.match().why().english()).contains("DPO-2026-1187");
    }
}
