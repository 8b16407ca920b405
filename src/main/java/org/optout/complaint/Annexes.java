package org.optout.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.evidence.EvidenceIntake;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * The evidence of a request, numbered once for both the complaint and the dossier: every document recorded on its
 * events (proof added later counts for the step it proves), in the order they were recorded, each file once. A
 * reminder that was written but not recorded as sent is not evidence of anything, so it is left out.
 */
final class Annexes {
    private Annexes() {
    }

    /** An annex with the document it is. */
    record Numbered(ComplaintModel.Annex annex, StoredDocument document) {
    }

    static List<Numbered> of(TrackedRequest request) {
        Map<String, Numbered> bySha = new LinkedHashMap<>();
        for (RequestEvent event : request.events()) {
            if (event.type() == EventType.REMINDER_WRITTEN) {
                continue;
            }
            RequestEvent proven = event.type() == EventType.EVIDENCE_ADDED && event.aboutEventId() != null
                    ? request.event("E" + event.aboutEventId()).orElse(event) : event;
            for (StoredDocument doc : event.documents()) {
                if (!bySha.containsKey(doc.sha256())) {
                    String role = role(proven, doc);
                    int number = bySha.size() + 1;
                    bySha.put(doc.sha256(), new Numbered(new ComplaintModel.Annex(number, role,
                            fileName(doc, role, number), doc.sha256()), doc));
                }
            }
        }
        return new ArrayList<>(bySha.values());
    }

    /** The annex proving {@code event} (its own documents first, then those added later), or null. */
    static Integer numberFor(TrackedRequest request, RequestEvent event, List<Numbered> annexes) {
        for (StoredDocument doc : request.proofOf(event)) {
            if ("letter".equals(doc.role()) && event.type() != EventType.DRAFTED) {
                continue;
            }
            for (Numbered n : annexes) {
                if (n.document().sha256().equals(doc.sha256())) {
                    return n.annex().number();
                }
            }
        }
        return null;
    }

    /**
     * What {@code doc} is as evidence of {@code event}: "letter", "eml", "reminder", "reply", "reply_text",
     * "attachment" or "proof".
     */
    static String role(RequestEvent event, StoredDocument doc) {
        if (event.type() == EventType.ANSWERED || event.type() == EventType.REFUSED) {
            return EvidenceIntake.ROLE_MAIL_TEXT.equals(doc.role()) ? "reply_text" : "reply";
        }
        return switch (doc.role()) {
            case "letter", "eml", "reminder" -> doc.role();
            default -> event.type() == EventType.DRAFTED ? "attachment" : "proof";
        };
    }

    private static String fileName(StoredDocument doc, String role, int number) {
        String name = doc.originalName() != null ? doc.originalName().replaceAll("[^A-Za-z0-9._-]", "_") : role;
        return String.format("annex-%02d-%s", number, name);
    }
}
