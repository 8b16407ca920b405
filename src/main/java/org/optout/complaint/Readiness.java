package org.optout.complaint;

import java.time.LocalDate;
import java.util.List;
import org.optout.AppException;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * Whether a complaint about a request can be drafted today: the controller refused, or left it unanswered past its
 * deadline and past the period a reminder gave; and every step it relies on has its evidence. Otherwise it refuses
 * with the date or the commands that make it possible, unless forced, when the draft says what was missing.
 *
 * @param notDue neither refused nor past its deadline (forced)
 * @param possibleFrom the day after the deadline, or null while it is unknown
 * @param graceEnd the end of the reminder's period, when the complaint is forced before it; else null
 * @param missing the steps with no evidence (forced)
 */
record Readiness(boolean silence, boolean refused, boolean notDue, LocalDate possibleFrom, LocalDate graceEnd,
                 List<ProofCheck.Missing> missing) {

    Readiness {
        missing = List.copyOf(missing);
    }

    /**
     * @param commandSuffix options to repeat in the commands printed as advice
     * @param warnings where to say what was forced
     */
    static Readiness of(TrackedRequest request, LocalDate today, boolean force, String commandSuffix,
                        List<Message> warnings) {
        String id = request.shortId();
        boolean silence = request.overdue(today);
        boolean refused = request.status() == RequestStatus.REFUSED;
        LocalDate possibleFrom = request.deadline().map(d -> d.date().plusDays(1)).orElse(null);
        boolean notDue = !silence && !refused;
        if (notDue) {
            Message when = possibleFrom == null ? Message.of("complaint.when_unknown")
                    : Message.of("complaint.when_from", possibleFrom);
            refuseUnless(force, Message.of("complaint.not_due", id, request.status(), when), warnings);
        }
        LocalDate graceEnd = refused ? null : request.graceEnd().filter(end -> !today.isAfter(end)).orElse(null);
        if (graceEnd != null) {
            refuseUnless(force, Message.of("complaint.grace", id, request.latest(
                    org.optout.tracker.EventType.REMINDER_SENT).orElseThrow().on(), request.platform(), graceEnd,
                    graceEnd.plusDays(1)), warnings);
        }
        List<ProofCheck.Missing> missing = ProofCheck.missing(request);
        if (!missing.isEmpty()) {
            Object steps = "";
            for (int i = missing.size() - 1; i >= 0; i--) {
                ProofCheck.Missing m = missing.get(i);
                steps = Message.of(i == 0 ? "complaint.missing_first" : "complaint.missing_next", m.event().shortId(),
                        m.event().type(), m.event().on(), m.proof(), "optout requests attach " + id + " --to "
                                + m.event().shortId() + " FILE…" + commandSuffix, steps);
            }
            refuseUnless(force, Message.of("complaint.needs_evidence", id, steps), warnings);
        }
        return new Readiness(silence, refused, notDue, possibleFrom, graceEnd, missing);
    }

    private static void refuseUnless(boolean force, Message reason, List<Message> warnings) {
        if (!force) {
            throw AppException.invalidData(Message.of("complaint.refused", reason));
        }
        warnings.add(Message.of("complaint.forced", reason));
    }
}
