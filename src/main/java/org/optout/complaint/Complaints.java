package org.optout.complaint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.RecordedNote;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.TrackedRequest;

/** The complaints drafted about an objection: one tracked complaint per authority. */
public final class Complaints {
    private Complaints() {
    }

    /** Every complaint about {@code objection}, oldest first. */
    public static List<TrackedRequest> all(RequestStore store, TrackedRequest objection) {
        return store.find(RequestQuery.followUps(objection.id())).stream()
                .filter(r -> r.kind() == RequestKind.COMPLAINT)
                .sorted(Comparator.comparingLong(TrackedRequest::id)).toList();
    }

    /** The complaint about {@code objection} to the authority {@code authorityId}, if one was drafted. */
    public static Optional<TrackedRequest> of(RequestStore store, TrackedRequest objection, String authorityId) {
        return all(store, objection).stream().filter(c -> authorityId.equals(authority(c))).reduce((a, b) -> b);
    }

    /** The id of the authority a complaint is drafted for. */
    public static String authority(TrackedRequest complaint) {
        return complaint.events().stream().filter(e -> e.type() == EventType.DRAFTED).map(RequestEvent::reference)
                .findFirst().orElse(null);
    }

    /**
     * Records that the complaint about {@code objection} to {@code authorityId} was filed: its draft leaves "drafted".
     * Returns the complaint, or empty when none was drafted with optout (the filing is then only on the objection).
     */
    public static Optional<TrackedRequest> filed(RequestStore store, TrackedRequest objection, String authorityId,
                                                 LocalDate on, String reference) {
        return of(store, objection, authorityId).map(c -> c.status() == RequestStatus.COMPLAINED ? c
                : store.append(c.id(), new NewEvent(EventType.COMPLAINT_FILED, on,
                        RecordedNote.LODGED.english(objection.shortId()), reference, List.of())));
    }

    /** The latest version of a complaint's draft. */
    static RequestEvent latestDraft(TrackedRequest complaint) {
        return complaint.latest(EventType.DRAFTED).orElseThrow();
    }
}
