package org.optout.cli;

import org.optout.ui.Texts;
import java.util.Optional;
import org.optout.complaint.ProofCheck;
import org.optout.tracker.TrackedRequest;

/** What to say when the user records a step that a complaint would need proof of, without the proof. */
final class ProofHints {
    private ProofHints() {
    }

    /** The line for stderr when the latest step recorded on {@code request} lacks its evidence. */
    static Optional<String> missing(TrackedRequest request, EventOptions options, Texts texts) {
        long latest = request.events().stream().filter(e -> !isAutomaticReceipt(request, e))
                .mapToLong(e -> e.id()).max().orElse(-1);
        return ProofCheck.missing(request).stream().filter(m -> m.event().id() == latest).findFirst()
                .map(m -> "optout: " + texts.get("event.no_proof", m.event().shortId(), m.event().type(),
                        m.proof(), "optout requests attach " + request.shortId() + " --to " + m.event().shortId()
                                + " FILE…" + options.dbOption()));
    }

    private static boolean isAutomaticReceipt(TrackedRequest request, org.optout.tracker.RequestEvent e) {
        return e.type() == org.optout.tracker.EventType.RECEIVED
                && request.channel() != org.optout.catalogue.Channel.POST;
    }
}
