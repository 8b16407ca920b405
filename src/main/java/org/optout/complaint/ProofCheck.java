package org.optout.complaint;

import java.util.ArrayList;
import java.util.List;
import org.optout.tracker.EventType;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.TrackedRequest;

/**
 * Which steps of a request a complaint relies on, and which of them have no evidence: the sending (the sent e-mail,
 * the form's confirmation, the proof of posting), the receipt of a letter sent by post, the reminders and the
 * controller's reply. The authorities ask for proof of the prior request (CNIL, APD/GBA, DPC).
 */
public final class ProofCheck {
    private ProofCheck() {
    }

    /** The evidence a step needs. */
    public enum Proof {
        EMAIL_AS_SENT("the e-mail as sent (.eml)"),
        FORM_CONFIRMATION("the form's confirmation (a screenshot or the confirmation e-mail)"),
        PROOF_OF_POSTING("the proof of posting (registered-post receipt)"),
        SETTING_SCREENSHOT("a screenshot of the setting switched off"),
        PROOF_OF_RECEIPT("the proof of receipt (the signed acknowledgement of receipt)"),
        REPLY("the controller's reply"),
        REMINDER_AS_SENT("the reminder as sent");

        private final String words;

        Proof(String words) {
            this.words = words;
        }

        /** In English, for the complaint's checks. */
        public String words() {
            return words;
        }
    }

    /** A step with no evidence, and the evidence it needs. */
    public record Missing(RequestEvent event, Proof proof) {
        /** The evidence it needs, in English words. */
        public String what() {
            return proof.words();
        }
    }

    /** The steps of {@code request} that need evidence and have none, in the order they happened. */
    public static List<Missing> missing(TrackedRequest request) {
        List<Missing> missing = new ArrayList<>();
        RequestEvent sent = request.events().stream().filter(e -> e.type() == EventType.SENT).findFirst().orElse(null);
        for (RequestEvent event : request.events()) {
            Proof what = needed(request, event, sent);
            if (what != null && !proven(request, event)) {
                missing.add(new Missing(event, what));
            }
        }
        return missing;
    }

    private static Proof needed(TrackedRequest request, RequestEvent event, RequestEvent firstSent) {
        return switch (event.type()) {
            case SENT -> event == firstSent ? switch (request.channel()) {
                case EMAIL -> Proof.EMAIL_AS_SENT;
                case FORM -> Proof.FORM_CONFIRMATION;
                case POST -> Proof.PROOF_OF_POSTING;
                case SETTING -> Proof.SETTING_SCREENSHOT;
            } : null;
            case RECEIVED -> request.channel() == Channel.POST ? Proof.PROOF_OF_RECEIPT : null;
            case REFUSED, ANSWERED -> Proof.REPLY;
            case REMINDER_SENT -> Proof.REMINDER_AS_SENT;
            default -> null;
        };
    }

    /** Whether an event has evidence of its own: not merely the letter that was drafted. */
    private static boolean proven(TrackedRequest request, RequestEvent event) {
        return request.proofOf(event).stream().anyMatch(d -> !"letter".equals(d.role()));
    }
}
