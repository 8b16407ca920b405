package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Channel;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.FolderDocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/** A member's row built from a tracked request: status, dates and evidence as the tracker records them. */
class MemberRequestTest {
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @TempDir
    Path dir;

    private FolderDocumentStore store() {
        return new FolderDocumentStore(dir.resolve("documents"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static StoredDocument doc(DocumentStore store, String content, String name, String role) {
        return store.store(content.getBytes(StandardCharsets.UTF_8), "application/octet-stream", name, role);
    }

    private static RequestEvent event(long id, EventType type, LocalDate on, List<StoredDocument> docs,
                                      Long about) {
        return new RequestEvent(id, type, on, NOW, null, null, docs, about, null);
    }

    @Test
    void a_refused_request_brings_its_dates_reminders_and_evidence_without_the_unsent_reminder() {
        DocumentStore store = store();
        StoredDocument letter = doc(store, "the letter", "objection-linkedin-fr.pdf", "letter");
        StoredDocument draft = doc(store, "a reminder never sent", "reminder-R7.pdf", "reminder");
        StoredDocument reply = doc(store, "we refuse", "Re: objection.eml", "reply");
        StoredDocument screenshot = doc(store, "form confirmation", "confirmation.png", "screenshot");
        List<RequestEvent> events = new ArrayList<>();
        events.add(event(1, EventType.SENT, LocalDate.of(2026, 3, 2), List.of(letter), null));
        events.add(event(2, EventType.RECEIVED, LocalDate.of(2026, 3, 2), List.of(), null));
        events.add(event(3, EventType.REMINDER_WRITTEN, LocalDate.of(2026, 4, 8), List.of(draft), null));
        events.add(event(4, EventType.REMINDER_SENT, LocalDate.of(2026, 4, 10), List.of(), null));
        events.add(event(5, EventType.REFUSED, LocalDate.of(2026, 4, 20), List.of(reply), null));
        events.add(event(6, EventType.EVIDENCE_ADDED, LocalDate.of(2026, 4, 21), List.of(screenshot, letter), 1L));
        TrackedRequest request = new TrackedRequest(7, "linkedin", RequestKind.OBJECTION, "fr", Channel.FORM, "IE",
                "FR", null, NOW, events);

        MemberRequest m = MemberRequest.of("M0007", "Gaëlle Moreau", "gaelle@mail.example", request,
                LocalDate.of(2026, 2, 1), null, store);

        assertThat(m.requestId()).isEqualTo("R7");
        assertThat(m.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(m.sentOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(m.channel()).isEqualTo(Channel.FORM);
        // received on Monday 2 March 2026: one month later, Thursday 2 April, a working day in IE and FR
        assertThat(m.deadline()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(m.refusedOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(m.remindersSent()).containsExactly(LocalDate.of(2026, 4, 10));
        assertThat(m.evidence()).extracting(MemberRequest.Document::role).containsExactly("letter", "reply", "proof");
        assertThat(m.evidence()).extracting(MemberRequest.Document::sha256)
                .containsExactly(letter.sha256(), reply.sha256(), screenshot.sha256());
        assertThat(new String(m.evidence().get(1).content().read(), StandardCharsets.UTF_8)).isEqualTo("we refuse");
        assertThat(m.qualifies(LocalDate.of(2026, 4, 21))).isTrue();
    }

    @Test
    void a_stored_document_changed_on_disk_is_not_read() throws IOException {
        FolderDocumentStore store = store();
        StoredDocument letter = doc(store, "the letter", "objection.pdf", "letter");
        MemberRequest.Document document = MemberRequest.Document.stored("letter", letter, store);
        Path file = store.path(letter.sha256());
        file.toFile().setWritable(true);
        Files.writeString(file, "the lettex");

        assertThatThrownBy(() -> document.content().read()).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY));
    }

    @Test
    void overdue_is_the_tracker_rule_a_day_after_the_deadline_while_an_answer_is_owed() {
        LocalDate deadline = LocalDate.of(2026, 5, 5);
        MemberRequest sent = CollectiveFixture.member("M1", "A", "R1", RequestStatus.SENT, deadline, null, List.of(),
                false);
        assertThat(sent.qualifies(deadline)).isFalse();
        assertThat(sent.qualifies(deadline.plusDays(1))).isTrue();
        MemberRequest unknown = CollectiveFixture.member("M1", "A", "R1", RequestStatus.SENT, null, null, List.of(),
                false);
        assertThat(unknown.qualifies(deadline.plusYears(1))).isFalse();
        for (RequestStatus status : RequestStatus.values()) {
            MemberRequest m = CollectiveFixture.member("M1", "A", "R1", status, deadline, null, List.of(), false);
            assertThat(m.qualifies(deadline.plusDays(1))).as(status.label())
                    .isEqualTo(status == RequestStatus.REFUSED || status == RequestStatus.SENT
                            || status == RequestStatus.ACKNOWLEDGED || status == RequestStatus.EXTENDED);
        }
    }

    @Test
    void a_file_is_read_whole_and_a_missing_one_is_named() {
        Path mandate = dir.resolve("mandate.pdf");
        MemberRequest.Document missing = MemberRequest.Document.file("mandate", mandate);
        assertThatThrownBy(() -> missing.content().read()).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.getMessage()).isEqualTo("cannot read " + mandate + " (no such file or directory)"));
    }
}
