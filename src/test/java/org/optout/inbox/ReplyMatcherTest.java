package org.optout.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.catalogue.Channel;
import org.optout.mail.IncomingMail;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.TrackedRequest;

/** The matching table: which request a message answers, and how sure that is. */
class ReplyMatcherTest {
    private static final ReplyMatcher MATCHER = new ReplyMatcher(Map.of("chatgpt", Set.of("openai.com"),
            "claude", Set.of("anthropic.com")), List.of("camille.durand@example.org", "@camille_example"));

    private static long nextEvent = 1;

    private static TrackedRequest request(long id, String platform, String sentId, String caseNumber,
                                          boolean closed) {
        List<RequestEvent> events = new ArrayList<>();
        LocalDate on = LocalDate.parse("2026-11-02");
        events.add(new RequestEvent(nextEvent++, EventType.SENT, on, Instant.EPOCH, null, "<" + sentId + ">",
                List.of()));
        events.add(new RequestEvent(nextEvent++, EventType.RECEIVED, on, Instant.EPOCH, null, null, List.of()));
        events.add(new RequestEvent(nextEvent++, EventType.REMINDER_SENT, on.plusDays(40), Instant.EPOCH, null,
                "<reminder-" + sentId + ">", List.of()));
        if (caseNumber != null) {
            events.add(new RequestEvent(nextEvent++, EventType.ACKNOWLEDGED, on, Instant.EPOCH, null, caseNumber,
                    List.of()));
        }
        if (closed) {
            events.add(new RequestEvent(nextEvent++, EventType.CLOSED, on, Instant.EPOCH, null, null, List.of()));
        }
        return new TrackedRequest(id, platform, RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null,
                Instant.EPOCH, events);
    }

    private static final List<TrackedRequest> REQUESTS = List.of(
            request(1, "chatgpt", "r1@optout", "CASE-7781", false),
            request(2, "chatgpt", "r2@optout", null, false),
            request(3, "claude", "r3@optout", null, false),
            request(4, "claude", "r4@optout", null, true));

    private static IncomingMail mail(String from, String subject, String text, String inReplyTo) {
        String eml = "From: " + from + "\r\nTo: camille.durand@example.org\r\nSubject: " + subject + "\r\n"
                + "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nMessage-ID: <m" + System.nanoTime() + "@x>\r\n"
                + (inReplyTo.isEmpty() ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
        return IncomingMail.parse(eml.getBytes(StandardCharsets.UTF_8), "test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in reply to the letter            | dpo@openai.com          | Re: objection | Thanks.                          | <r1@optout>           | certain | R1
            in reply to the reminder          | someone@elsewhere.net   | Re: reminder  | Noted.                           | <x@y> <reminder-r2@optout> | certain | R2
            request id in the subject         | privacy@openai.com      | Your R2       | We are unable to comply.         |                       | likely  | R2
            case number from a subdomain      | support@mail.openai.com | Update        | About case CASE-7781: done.      |                       | likely  | R1
            the user's address, one request  | dpo@anthropic.com       | Hello         | Account camille.durand@example.org |                     | likely  | R3
            the user's address, two requests | dpo@openai.com          | Hello         | Account camille.durand@example.org |                     | none    |
            the controller, nothing named     | news@openai.com         | New model     | Try it now.                      |                       | none    |
            a look-alike domain               | dpo@evil-openai.com     | Your R1       | CASE-7781                        |                       | none    |
            elsewhere, quoting the case       | spam@example.net        | CASE-7781     | camille.durand@example.org       |                       | none    |
            a closed request                  | dpo@anthropic.com       | Your R4       | Closed.                          |                       | none    |
            R10 is not R1                     | dpo@openai.com          | Your R10      | Hello.                           |                       | none    |
            """)
    void matches(String name, String from, String subject, String text, String inReplyTo, String confidence,
                 String request) {
        ReplyMatcher.Match match = MATCHER.match(mail(from, subject, text, inReplyTo == null ? "" : inReplyTo),
                REQUESTS);
        assertThat(match.confidence().key()).as(name + ": " + match.why().english()).isEqualTo(confidence);
        assertThat(match.request() == null ? null : match.request().shortId()).as(name).isEqualTo(request);
    }

    @org.junit.jupiter.api.Test
    void an_identifier_shorter_than_five_characters_names_nothing() {
        List<TrackedRequest> claude = List.of(request(3, "claude", "r3@optout", null, false));
        IncomingMail mail = mail("dpo@anthropic.com", "Hello", "Account abcde.", "");
        assertThat(new ReplyMatcher(Map.of("claude", Set.of("anthropic.com")), List.of("abcd")).match(mail, claude)
                .confidence().key()).isEqualTo("none");
        ReplyMatcher.Match five = new ReplyMatcher(Map.of("claude", Set.of("anthropic.com")), List.of(" ABCDE "))
                .match(mail, claude);
        assertThat(five.confidence().key()).isEqualTo("likely");
        assertThat(five.request().shortId()).isEqualTo("R3");
    }

    @org.junit.jupiter.api.Test
    void a_recorded_reference_names_a_request_from_four_characters_on_and_never_as_an_address() {
        IncomingMail mail = mail("dpo@anthropic.com", "Update", "About AB12, AB1 and x@y.z: done.", "");
        assertThat(MATCHER.match(mail, List.of(request(5, "claude", "r5@optout", "AB12", false))).confidence()
                .key()).isEqualTo("likely");
        assertThat(MATCHER.match(mail, List.of(request(6, "claude", "r6@optout", "AB1", false))).confidence()
                .key()).isEqualTo("none");
        assertThat(MATCHER.match(mail, List.of(request(7, "claude", "r7@optout", "x@y.z", false))).confidence()
                .key()).isEqualTo("none");
    }

    @org.junit.jupiter.api.Test
    void a_reference_and_an_identifier_weigh_more_than_an_identifier_alone() {
        // both requests of the controller: one by its case number (strong), the other only by the user's address
        IncomingMail mail = mail("dpo@openai.com", "Update", "About CASE-7781 for camille.durand@example.org.", "");
        ReplyMatcher.Match match = MATCHER.match(mail, REQUESTS);
        assertThat(match.confidence().key()).as(match.why().english()).isEqualTo("likely");
        assertThat(match.request().shortId()).isEqualTo("R1");
    }
}
