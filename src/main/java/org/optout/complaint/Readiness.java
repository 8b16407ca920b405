package org.optout.complaint;

import java.time.LocalDate;
import java.util.List;
import org.optout.AppException;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

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
                        List<String> warnings) {
        String id = request.shortId();
        boolean silence = request.overdue(today);
        boolean refused = request.status() == RequestStatus.REFUSED;
        LocalDate possibleFrom = request.deadline().map(d -> d.date().plusDays(1)).orElse(null);
        boolean notDue = !silence && !refused;
        if (notDue) {
            String when = possibleFrom == null ? "once it is sent and received and its deadline passes"
                    : "from " + possibleFrom;
            refuseUnless(force, id + " was neither refused nor left unanswered past its deadline (status "
                    + request.status().label() + "): a complaint is possible " + when + ", or after a refusal",
                    warnings);
        }
        LocalDate graceEnd = refused ? null : request.graceEnd().filter(end -> !today.isAfter(end)).orElse(null);
        if (graceEnd != null) {
            refuseUnless(force, id + ": the reminder of " + request.latest(org.optout.tracker.EventType.REMINDER_SENT)
                    .orElseThrow().on() + " gives " + request.platform() + " until " + graceEnd + " to answer: a "
                    + "complaint is possible from " + graceEnd.plusDays(1), warnings);
        }
        List<ProofCheck.Missing> missing = ProofCheck.missing(request);
        if (!missing.isEmpty()) {
            StringBuilder line = new StringBuilder(id + ": the complaint needs evidence of ");
            for (int i = 0; i < missing.size(); i++) {
                ProofCheck.Missing m = missing.get(i);
                line.append(i == 0 ? "" : "; ").append(m.event().shortId()).append(' ')
                        .append(m.event().type().label()).append(" on ").append(m.event().on()).append(" (")
                        .append(m.what()).append("): optout requests attach ").append(id).append(" --to ")
                        .append(m.event().shortId()).append(" FILE…").append(commandSuffix);
            }
            refuseUnless(force, line.toString(), warnings);
        }
        return new Readiness(silence, refused, notDue, possibleFrom, graceEnd, missing);
    }

    private static void refuseUnless(boolean force, String reason, List<String> warnings) {
        if (!force) {
            throw AppException.invalidData(reason + "; --force drafts it anyway (the draft says so)");
        }
        warnings.add("drafted with --force: " + reason + "; the draft says so");
    }
}
