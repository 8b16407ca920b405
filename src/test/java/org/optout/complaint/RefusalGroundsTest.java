package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optout.evidence.EvidenceIntake;
import org.optout.tracker.EventType;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/** What a complaint may say of the grounds a controller gave: its words, else the user's summary, else nothing. */
class RefusalGroundsTest {
    private final Map<String, byte[]> files = new HashMap<>();
    private final List<RequestEvent> events = new ArrayList<>();

    private StoredDocument doc(String name, String mediaType, String role, String content) {
        String sha = "sha-" + name;
        files.put(sha, content.getBytes(StandardCharsets.UTF_8));
        return new StoredDocument(sha, content.length(), mediaType, name, Instant.EPOCH, role);
    }

    private void event(EventType type, String note, StoredDocument... docs) {
        events.add(new RequestEvent(events.size() + 1, type, LocalDate.of(2026, 3, events.size() + 1), Instant.EPOCH,
                note, null, List.of(docs)));
    }

    private ComplaintModel.Grounds grounds() {
        TrackedRequest request = new TrackedRequest(1, "meta-ai", RequestKind.OBJECTION, "fr", Channel.EMAIL,
                "IE", "FR", null, Instant.EPOCH, events);
        return RefusalGrounds.of(request, Annexes.of(request), d -> files.get(d.sha256()));
    }

    @Test
    void no_refusal_no_grounds() {
        event(EventType.SENT, null, doc("sent.eml", "message/rfc822", "eml", "x"));
        assertThat(grounds()).isNull();
    }

    @Test
    void a_short_reply_is_quoted_whole_from_the_mail_text_without_the_quoted_original() {
        event(EventType.SENT, null, doc("letter.pdf", "application/pdf", "letter", "%PDF-"));
        event(EventType.REFUSED, "my own summary",
                doc("reply.eml", "message/rfc822", EvidenceIntake.ROLE_ATTACHMENT, "From: x"),
                doc("reply.eml.txt", "text/plain; charset=UTF-8", EvidenceIntake.ROLE_MAIL_TEXT,
                        "We  rely on\n our legitimate interest.\n> your letter, quoted\n"));
        ComplaintModel.Grounds grounds = grounds();
        assertThat(grounds.text()).isEqualTo("We rely on our legitimate interest.");
        assertThat(grounds.fromReply()).isTrue();
        assertThat(grounds.shortened()).isFalse();
        assertThat(grounds.annex()).isEqualTo(2);
    }

    @Test
    void a_long_reply_gives_way_to_the_user_s_summary() {
        event(EventType.REFUSED, "  They  say training\n is necessary. ",
                doc("reply.txt", "text/plain", EvidenceIntake.ROLE_ATTACHMENT, "Words. ".repeat(200)));
        ComplaintModel.Grounds grounds = grounds();
        assertThat(grounds.text()).isEqualTo("They say training is necessary.");
        assertThat(grounds.fromReply()).isFalse();
        assertThat(grounds.annex()).isEqualTo(1);
    }

    @Test
    void a_long_reply_without_summary_is_quoted_in_part_ending_on_a_sentence() {
        String sentence = "We have a legitimate interest in training our models on public content. ";
        event(EventType.REFUSED, null, doc("reply.txt", "text/plain", EvidenceIntake.ROLE_ATTACHMENT,
                sentence.repeat(20)));
        ComplaintModel.Grounds grounds = grounds();
        assertThat(grounds.shortened()).isTrue();
        assertThat(grounds.fromReply()).isTrue();
        assertThat(grounds.text()).endsWith("public content. […]").startsWith("We have a legitimate interest");
        assertThat(grounds.text().length()).isLessThanOrEqualTo(RefusalGrounds.MAX_QUOTE + 6)
                .isGreaterThan(RefusalGrounds.MAX_QUOTE / 2);
    }

    @Test
    void an_excerpt_without_sentences_is_cut_at_a_word() {
        String excerpt = RefusalGrounds.excerpt("word ".repeat(200));
        assertThat(excerpt).endsWith("word […]").doesNotContain("wor […]");
        assertThat(excerpt.length()).isLessThanOrEqualTo(RefusalGrounds.MAX_QUOTE + 4);
    }

    @Test
    void a_reply_that_is_only_a_picture_and_no_note_says_nothing_of_the_grounds() {
        event(EventType.REFUSED, "  ", doc("reply.png", "image/png", EvidenceIntake.ROLE_ATTACHMENT, "png"));
        assertThat(grounds()).isNull();
    }

    @Test
    void the_latest_refusal_counts_and_proof_added_later_is_read() {
        event(EventType.REFUSED, "first refusal");
        event(EventType.REFUSED, null);
        events.add(new RequestEvent(3, EventType.EVIDENCE_ADDED, LocalDate.of(2026, 3, 9), Instant.EPOCH, null, null,
                List.of(doc("later.txt", "text/plain", EvidenceIntake.ROLE_ATTACHMENT, "Declined: business need.")),
                2L, null));
        ComplaintModel.Grounds grounds = grounds();
        assertThat(grounds.text()).isEqualTo("Declined: business need.");
        assertThat(grounds.annex()).isEqualTo(1);
    }

    @Test
    void one_paragraph_folds_control_characters_and_no_break_spaces() {
        assertThat(RefusalGrounds.oneParagraph("a\u0007b\u00A0\u00A0c\r\n\td ")).isEqualTo("a b c d");
    }
}
