package org.optout.complaint;

import java.util.ArrayList;
import java.util.List;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestChannel;
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

    /**
     * A step with no evidence.
     *
     * @param what the evidence it needs, in words
     */
    public record Missing(RequestEvent event, String what) {
    }

    /** The steps of {@code request} that need evidence and have none, in the order they happened. */
    public static List<Missing> missing(TrackedRequest request) {
        List<Missing> missing = new ArrayList<>();
        RequestEvent sent = request.events().stream().filter(e -> e.type() == EventType.SENT).findFirst().orElse(null);
        for (RequestEvent event : request.events()) {
            String what = needed(request, event, sent);
            if (what != null && !proven(request, event)) {
                missing.add(new Missing(event, what));
            }
        }
        return missing;
    }

    private static String needed(TrackedRequest request, RequestEvent event, RequestEvent firstSent) {
        return switch (event.type()) {
            case SENT -> event == firstSent ? switch (request.channel()) {
                case EMAIL -> "the e-mail as sent (.eml)";
                case WEB_FORM -> "the form's confirmation (a screenshot or the confirmation e-mail)";
                case POST -> "the proof of posting (registered-post receipt)";
                case IN_APP_SETTING -> "a screenshot of the setting switched off";
            } : null;
            case RECEIVED -> request.channel() == RequestChannel.POST
                    ? "the proof of receipt (the signed acknowledgement of receipt)" : null;
            case REFUSED, ANSWERED -> "the controller's reply";
            case REMINDER_SENT -> "the reminder as sent";
            default -> null;
        };
    }

    /** Whether an event has evidence of its own: not merely the letter that was drafted. */
    private static boolean proven(TrackedRequest request, RequestEvent event) {
        return request.proofOf(event).stream().anyMatch(d -> !"letter".equals(d.role()));
    }
}
