package org.optout.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.optout.complaint.ProofCheck;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestChannel;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout todo}: every open request with where it stands and the exact next command, the most urgent first.
 * A request waiting on the controller says until when; a step without its evidence says how to add it.
 */
public final class Todo {
    /** After this many months without news of a filed complaint, art. 78(2) lets the person go to court. */
    public static final int COMPLAINT_NEWS_MONTHS = 3;

    private Todo() {
    }

    /** The first day the complaint is due after a reminder whose grace period ends on {@code graceEnd}. */
    static LocalDate complaintDueAfter(LocalDate graceEnd) {
        return graceEnd.plusDays(1);
    }

    /** The day the authority owes news of a complaint filed on {@code filed} (art. 78(2)). */
    static LocalDate complaintNewsDue(LocalDate filed) {
        return filed.plusMonths(COMPLAINT_NEWS_MONTHS);
    }

    /** The next command once the deadline of request {@code id} has passed without an answer. */
    static String remindCommand(String id, String suffix) {
        return "optout remind " + id + suffix;
    }

    /** The next command once a reminder's grace period has passed without an answer. */
    static String complaintCommand(String id, String suffix) {
        return "optout complaint " + id + suffix;
    }

    /** The next command once the in-app setting is checked to be still off. */
    static String settingRecheckedCommand(String id, String suffix) {
        return "optout requests done " + id + suffix;
    }

    /** Where to read how to check the in-app setting. */
    static String guideCommand(String platform) {
        return "optout guide " + platform;
    }

    /**
     * One open request.
     *
     * @param state where it stands, in words
     * @param due when the next step is due (today when it is due now)
     * @param next the command to run next, or null when there is only to wait
     */
    public record Item(String id, String platform, String state, LocalDate due, String next) {
    }

    /**
     * The open requests' next steps on {@code today}.
     *
     * @param commandSuffix options to repeat in every command printed (e.g. {@code --db FILE})
     */
    public static List<Item> of(List<TrackedRequest> requests, LocalDate today, String commandSuffix) {
        List<Item> items = new ArrayList<>();
        for (TrackedRequest r : requests) {
            item(r, today, commandSuffix).ifPresent(items::add);
        }
        items.sort(Comparator.comparing(Item::due).thenComparing(i -> Long.parseLong(i.id().substring(1))));
        return items;
    }

    private static Optional<Item> item(TrackedRequest r, LocalDate today, String suffix) {
        String id = r.shortId();
        String platform = InertText.of(r.platform());
        RequestStatus status = r.status();
        if (status == RequestStatus.CLOSED) {
            return Optional.empty();
        }
        if (r.kind() == RequestKind.COMPLAINT) {
            return complaint(r, today, suffix, platform);
        }
        if (r.kind() != RequestKind.OBJECTION) {
            return Optional.empty();
        }
        Optional<ProofCheck.Missing> missing = ProofCheck.missing(r).stream().findFirst();
        if (missing.isPresent() && status != RequestStatus.DRAFTED && status != RequestStatus.SETTING_DONE) {
            return item(id, platform, "no evidence of " + missing.get().event().shortId() + " ("
                    + missing.get().event().type().label() + "): " + missing.get().what(), today,
                    "optout requests attach " + id + " --to " + missing.get().event().shortId() + " FILE…" + suffix);
        }
        return switch (status) {
            case DRAFTED -> item(id, platform, "prepared, not sent (" + r.channel().label() + ")", today,
                    r.channel() == RequestChannel.EMAIL ? "optout send " + platform + suffix
                            : "optout requests sent " + id + " --ref REFERENCE --attach FILE" + suffix);
            case DELIVERY_FAILED -> item(id, platform, "not delivered", today, "optout send " + platform + suffix);
            case DELIVERY_UNKNOWN -> item(id, platform, "delivery unknown: check your sent mail", today,
                    "optout requests sent " + id + suffix + "   (if it arrived; if not: optout send " + platform
                            + " --resend" + suffix + ")");
            case AWAITING_RECEIPT -> item(id, platform, "sent by post on " + r.sentOn().orElseThrow()
                    + "; receipt not recorded", today, "optout requests received " + id
                    + " --on YYYY-MM-DD --attach FILE" + suffix);
            case AWAITING_IDENTITY -> item(id, platform, "proof of identity asked: the clock is stopped", today,
                    "optout requests identity-provided " + id + " --on YYYY-MM-DD" + suffix);
            case SENT, ACKNOWLEDGED, EXTENDED -> awaiting(r, today, suffix, platform);
            case REFUSED -> item(id, platform, "refused on " + r.latest(EventType.REFUSED).orElseThrow().on(), today,
                    complaintCommand(id, suffix));
            case ANSWERED -> item(id, platform, "answered on " + r.latest(EventType.ANSWERED).orElseThrow().on()
                    + ": read the answer; if it settles your objection", today, "optout requests closed " + id + suffix);
            case SETTING_DONE -> {
                LocalDate recheck = r.recheckOn().orElseThrow();
                yield item(id, platform, "setting switched off on " + r.settingDoneOn().orElseThrow()
                        + "; check it is still off (" + guideCommand(platform) + ")", recheck,
                        settingRecheckedCommand(id, suffix));
            }
            case COMPLAINED -> Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Item> awaiting(TrackedRequest r, LocalDate today, String suffix, String platform) {
        String id = r.shortId();
        LocalDate deadline = r.deadline().orElseThrow().date();
        if (!r.overdue(today)) {
            return item(id, platform, "waiting for the answer, due by " + deadline, deadline.plusDays(1), null);
        }
        Optional<LocalDate> grace = r.graceEnd();
        if (grace.isEmpty()) {
            return item(id, platform, "no answer: the deadline " + deadline + " passed", today,
                    remindCommand(id, suffix));
        }
        LocalDate complaintDue = complaintDueAfter(grace.get());
        if (today.isBefore(complaintDue)) {
            return item(id, platform, "reminded; waiting until " + grace.get(), complaintDue, null);
        }
        return item(id, platform, "no answer to the reminder, whose period ended on " + grace.get(), today,
                complaintCommand(id, suffix));
    }

    private static Optional<Item> complaint(TrackedRequest c, LocalDate today, String suffix, String platform) {
        String objection = "R" + c.parentId();
        String authority = c.latest(EventType.DRAFTED).map(e -> e.reference()).orElse("?");
        if (c.status() == RequestStatus.COMPLAINED) {
            LocalDate filed = c.latest(EventType.COMPLAINT_FILED).orElseThrow().on();
            LocalDate news = complaintNewsDue(filed);
            return item(c.shortId(), platform, "complaint to " + authority + " filed on " + filed + (today.isBefore(news)
                    ? "; the authority owes you news by " + news
                    : "; no news in " + COMPLAINT_NEWS_MONTHS + " months: art. 78(2) lets you bring the authority "
                    + "before a court"), today.isBefore(news) ? news : today, null);
        }
        return item(c.shortId(), platform, "complaint to " + authority + " drafted, not filed", today,
                "optout dossier " + objection + " --authority " + authority + suffix + "   (then, once filed: optout "
                        + "requests complained " + objection + " --authority " + authority + " --ref REFERENCE"
                        + suffix + ")");
    }

    private static Optional<Item> item(String id, String platform, String state, LocalDate due, String next) {
        return Optional.of(new Item(id, platform, state, due, next));
    }
}
