package org.optout.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.optout.complaint.ProofCheck;
import org.optout.tracker.EventType;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * {@code optout todo}: every open request with where it stands and the exact next command, the most urgent first.
 * A request waiting on the controller says until when; a step without its evidence says how to add it. Where a
 * request stands is a {@link State} with its facts, which the command line puts into the user's language; the
 * commands are commands, in no language.
 */
public final class Todo {
    /** After this many months without news of a filed complaint, art. 78(2) lets the person go to court. */
    public static final int COMPLAINT_NEWS_MONTHS = 3;

    private Todo() {
    }

    /** Where an open request stands; {@link #key()} names its text, which {@link Item#facts()} fill in. */
    public enum State {
        /** facts: the event, the {@link ProofCheck.Proof} it needs. */
        MISSING_EVIDENCE,
        /** facts: the channel. */
        DRAFTED,
        DELIVERY_FAILED,
        DELIVERY_UNKNOWN,
        /** facts: the date sent. */
        AWAITING_RECEIPT,
        AWAITING_IDENTITY,
        /** facts: the deadline. */
        WAITING,
        /** facts: the deadline. */
        DEADLINE_PASSED,
        /** facts: the end of the reminder's period. */
        REMINDED,
        /** facts: the end of the reminder's period. */
        REMINDER_UNANSWERED,
        /** facts: the date of the refusal. */
        REFUSED,
        /** facts: the date of the answer. */
        ANSWERED,
        /** facts: the date it was switched off, the platform. */
        SETTING_RECHECK,
        /** facts: the authority. */
        COMPLAINT_DRAFTED,
        /** facts: the authority, the date filed, the date news are owed by. */
        COMPLAINT_FILED,
        /** facts: the authority, the date filed, the months without news. */
        COMPLAINT_NO_NEWS,
        /** facts: the reply event (E7), the date it came; the user says what it is with {@code --reply}. */
        REPLY_TO_CLASSIFY;

        /** "missing_evidence": the name of its text and its value in {@code --json}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a command is to the user: the next step, another way, or what follows once the next step is done. */
    public enum Role {
        NEXT, OR, THEN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A command to run, exactly as printed. */
    public record Step(Role role, String command) {
    }

    /**
     * One open request.
     *
     * @param facts what fills the state's text, in its order: dates, ids, enums the text names
     * @param due when the next step is due (today when it is due now)
     * @param steps the commands to run, the next one first; none when there is only to wait
     */
    public record Item(String id, String platform, State state, List<Object> facts, LocalDate due,
                       List<Step> steps) {
        public Item {
            facts = List.copyOf(facts);
            steps = List.copyOf(steps);
        }

        /** The command to run next, if any. */
        public Optional<String> next() {
            return steps.stream().filter(s -> s.role() == Role.NEXT).map(Step::command).findFirst();
        }

        /** Whether something is to be done now (on {@code today}) rather than waited for. */
        public boolean dueBy(LocalDate today) {
            return !due.isAfter(today);
        }
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
        Optional<RequestEvent> reply = unclassifiedReply(r);
        if (reply.isPresent()) {
            return item(id, platform, State.REPLY_TO_CLASSIFY, List.of(reply.get().shortId(), reply.get().on()),
                    today, next("optout requests show " + id + suffix));
        }
        Optional<ProofCheck.Missing> missing = ProofCheck.missing(r).stream().findFirst();
        if (missing.isPresent() && status != RequestStatus.DRAFTED && status != RequestStatus.SETTING_DONE) {
            String event = missing.get().event().shortId();
            return item(id, platform, State.MISSING_EVIDENCE, List.of(event, missing.get().proof()), today,
                    next("optout requests attach " + id + " --to " + event + " FILE" + suffix));
        }
        return switch (status) {
            case DRAFTED -> item(id, platform, State.DRAFTED, List.of(r.channel()), today,
                    r.channel() == Channel.EMAIL ? List.of(new Step(Role.NEXT, "optout send " + platform + suffix),
                            new Step(Role.OR, sentByHandCommand(id, suffix)))
                            : next("optout requests sent " + id + " --ref REFERENCE --attach FILE" + suffix));
            case DELIVERY_FAILED -> item(id, platform, State.DELIVERY_FAILED, List.of(), today,
                    next("optout send " + platform + suffix));
            case DELIVERY_UNKNOWN -> item(id, platform, State.DELIVERY_UNKNOWN, List.of(), today, List.of(
                    new Step(Role.NEXT, "optout requests sent " + id + suffix),
                    new Step(Role.OR, "optout send " + platform + " --resend" + suffix)));
            case AWAITING_RECEIPT -> item(id, platform, State.AWAITING_RECEIPT, List.of(r.sentOn().orElseThrow()),
                    today, next("optout requests received " + id + " --on YYYY-MM-DD --attach FILE" + suffix));
            case AWAITING_IDENTITY -> item(id, platform, State.AWAITING_IDENTITY, List.of(), today,
                    next("optout requests identity-provided " + id + " --on YYYY-MM-DD" + suffix));
            case SENT, ACKNOWLEDGED, EXTENDED -> awaiting(r, today, suffix, platform);
            case REFUSED -> item(id, platform, State.REFUSED, List.of(r.latest(EventType.REFUSED).orElseThrow().on()),
                    today, next(complaintCommand(id, suffix)));
            case ANSWERED -> item(id, platform, State.ANSWERED,
                    List.of(r.latest(EventType.ANSWERED).orElseThrow().on()), today,
                    next("optout requests closed " + id + suffix));
            case SETTING_DONE -> item(id, platform, State.SETTING_RECHECK,
                    List.of(r.settingDoneOn().orElseThrow(), platform), r.recheckOn().orElseThrow(), List.of(
                            new Step(Role.NEXT, guideCommand(platform)),
                            new Step(Role.THEN, settingRecheckedCommand(id, suffix))));
            default -> Optional.empty();
        };
    }

    private static Optional<Item> awaiting(TrackedRequest r, LocalDate today, String suffix, String platform) {
        String id = r.shortId();
        LocalDate deadline = r.deadline().orElseThrow().date();
        if (!r.overdue(today)) {
            return item(id, platform, State.WAITING, List.of(deadline), deadline.plusDays(1), List.of());
        }
        Optional<LocalDate> grace = r.graceEnd();
        if (grace.isEmpty()) {
            return item(id, platform, State.DEADLINE_PASSED, List.of(deadline), today,
                    next(remindCommand(id, suffix)));
        }
        LocalDate complaintDue = complaintDueAfter(grace.get());
        if (today.isBefore(complaintDue)) {
            return item(id, platform, State.REMINDED, List.of(grace.get()), complaintDue, List.of());
        }
        return item(id, platform, State.REMINDER_UNANSWERED, List.of(grace.get()), today,
                next(complaintCommand(id, suffix)));
    }

    private static Optional<Item> complaint(TrackedRequest c, LocalDate today, String suffix, String platform) {
        String objection = "R" + c.parentId();
        String authority = c.latest(EventType.DRAFTED).map(e -> e.reference()).orElse("?");
        if (c.status() == RequestStatus.COMPLAINED) {
            LocalDate filed = c.latest(EventType.COMPLAINT_FILED).orElseThrow().on();
            LocalDate news = complaintNewsDue(filed);
            return today.isBefore(news)
                    ? item(c.shortId(), platform, State.COMPLAINT_FILED, List.of(authority, filed, news), news,
                            List.of())
                    : item(c.shortId(), platform, State.COMPLAINT_NO_NEWS,
                            List.of(authority, filed, COMPLAINT_NEWS_MONTHS), today, List.of());
        }
        return item(c.shortId(), platform, State.COMPLAINT_DRAFTED, List.of(authority), today, List.of(
                new Step(Role.NEXT, "optout dossier " + objection + " --authority " + authority + suffix),
                new Step(Role.THEN, "optout requests complained " + objection + " --authority " + authority
                        + " --ref REFERENCE" + suffix)));
    }

    /**
     * The first reply kept by {@code optout inbox} or {@code requests import} that no later event classifies ({@code
     * --reply}), if any.
     */
    static Optional<RequestEvent> unclassifiedReply(TrackedRequest r) {
        return r.events().stream().filter(e -> e.type() == EventType.REPLY_RECEIVED)
                .filter(reply -> r.events().stream().noneMatch(e -> Long.valueOf(reply.id()).equals(e.aboutEventId())))
                .findFirst();
    }

    /** The day by which the authority owes news of a complaint filed on {@code filed} (art. 78(2)). */
    public static LocalDate complaintNewsDue(LocalDate filed) {
        return filed.plusMonths(COMPLAINT_NEWS_MONTHS);
    }

    /** The first day the complaint is due after a reminder whose grace period ends on {@code graceEnd}. */
    static LocalDate complaintDueAfter(LocalDate graceEnd) {
        return graceEnd.plusDays(1);
    }

    /** Records an email the user sent from their own mail program (send --manual), with the copy they kept. */
    public static String sentByHandCommand(String id, String suffix) {
        return "optout requests sent " + id + " --via email --attach SENT.eml" + suffix;
    }

    /** The next command once the deadline of request {@code id} has passed without an answer. */
    static String remindCommand(String id, String suffix) {
        return "optout remind " + id + suffix;
    }

    /** The next command once a refusal came, or a reminder's grace period passed without an answer. */
    static String complaintCommand(String id, String suffix) {
        return "optout complaint " + id + suffix;
    }

    /** The command that records that the in-app setting was checked to be still off. */
    static String settingRecheckedCommand(String id, String suffix) {
        return "optout requests done " + id + suffix;
    }

    /** Where to read how to check the in-app setting. */
    static String guideCommand(String platform) {
        return "optout guide " + platform;
    }

    private static List<Step> next(String command) {
        return List.of(new Step(Role.NEXT, command));
    }

    private static Optional<Item> item(String id, String platform, State state, List<Object> facts, LocalDate due,
                                       List<Step> steps) {
        return Optional.of(new Item(id, platform, state, facts, due, steps));
    }
}
