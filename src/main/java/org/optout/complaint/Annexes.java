package org.optout.complaint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * The evidence of a request, numbered once for both the complaint and the dossier: every document recorded on its
 * events, in the order they were recorded, each file once.
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
            for (StoredDocument doc : event.documents()) {
                if (!bySha.containsKey(doc.sha256())) {
                    String role = role(event, doc);
                    bySha.put(doc.sha256(), new Numbered(new ComplaintModel.Annex(bySha.size() + 1, role,
                            fileName(doc, role, bySha.size() + 1), doc.sha256()), doc));
                }
            }
        }
        return new ArrayList<>(bySha.values());
    }

    /** The annex proving {@code event}, if one of its documents is an annex. */
    static Integer numberFor(RequestEvent event, List<Numbered> annexes) {
        for (StoredDocument doc : event.documents()) {
            for (Numbered n : annexes) {
                if (n.document().sha256().equals(doc.sha256())) {
                    return n.annex().number();
                }
            }
        }
        return null;
    }

    private static String role(RequestEvent event, StoredDocument doc) {
        if (event.type() == EventType.ANSWERED || event.type() == EventType.REFUSED) {
            return "reply";
        }
        return switch (doc.role()) {
            case "letter", "eml", "reminder" -> doc.role();
            default -> "attachment";
        };
    }

    private static String fileName(StoredDocument doc, String role, int number) {
        String name = doc.originalName() != null ? doc.originalName().replaceAll("[^A-Za-z0-9._-]", "_") : role;
        return String.format("annex-%02d-%s", number, name);
    }
}
