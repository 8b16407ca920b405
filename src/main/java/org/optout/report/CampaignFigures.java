package org.optout.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.optout.tracker.DaysToAnswerCount;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StatusChangeCount;
import org.optout.tracker.StatusCount;

/**
 * Reads a campaign's report from the tracker in four grouped statements on its indexes, whatever the campaign's size,
 * reading no request: the requests per platform and status, those overdue, the days to answer per platform, and the
 * requests entering and leaving each status per day. The tracker keeps each request's figures as it derives them
 * from its events ({@link org.optout.tracker.TrackedRequest#daysToAnswer()},
 * {@link org.optout.tracker.TrackedRequest#history()}), so the status on a day is the tracker's own rule applied to
 * the events up to that day, and the last day agrees with the current status.
 */
public final class CampaignFigures {
    private CampaignFigures() {
    }

    /**
     * What the campaign's store knows (the tracker's requests are read here).
     *
     * @param lettersWritten the objections written per platform id
     * @param names the name readers know a platform by, from its id
     */
    public record Campaign(String name, String association, int mandatesSigned, Map<String, Integer> lettersWritten,
                           Function<String, String> names) {
        public Campaign {
            lettersWritten = Map.copyOf(lettersWritten);
        }
    }

    /** The report of {@code campaign} on {@code today}. */
    public static CampaignReport read(RequestStore store, Campaign campaign, LocalDate today) {
        RequestQuery query = RequestQuery.campaign(campaign.name());
        Map<String, Map<RequestStatus, Integer>> statuses = new TreeMap<>();
        for (StatusCount count : store.countByPlatformAndStatus(query)) {
            statuses.computeIfAbsent(count.platform(), p -> new EnumMap<>(RequestStatus.class))
                    .put(count.status(), Math.toIntExact(count.count()));
        }
        Map<String, Integer> overdue = new TreeMap<>();
        for (StatusCount count : store.countOverdue(query, today)) {
            overdue.merge(count.platform(), Math.toIntExact(count.count()), Integer::sum);
        }
        Map<String, List<Integer>> days = new TreeMap<>();
        for (DaysToAnswerCount count : store.countDaysToAnswer(query)) {
            List<Integer> list = days.computeIfAbsent(count.platform(), p -> new ArrayList<>());
            for (long i = 0; i < count.count(); i++) {
                list.add(count.days());
            }
        }
        TreeSet<String> platforms = new TreeSet<>(statuses.keySet());
        platforms.addAll(campaign.lettersWritten().keySet());
        List<PlatformFigures> figures = new ArrayList<>();
        for (String id : platforms) {
            Map<RequestStatus, Integer> counts = statuses.getOrDefault(id, Map.of());
            figures.add(new PlatformFigures(campaign.names().apply(id), campaign.lettersWritten().getOrDefault(id, 0),
                    counts, answers(counts, overdue.getOrDefault(id, 0)), days.getOrDefault(id, List.of())));
        }
        return new CampaignReport(campaign.name(), campaign.association(), today, campaign.mandatesSigned(),
                figures, overTime(store.countStatusChanges(campaign.name(), today), today));
    }

    /**
     * How a platform's requests were answered, from their count per status and how many of those awaiting an
     * answer are overdue (see {@link Answers}).
     */
    static Answers answers(Map<RequestStatus, Integer> statuses, int overdue) {
        int[] answers = new int[3];
        statuses.forEach((status, count) -> {
            int answer = switch (status) {
                case ANSWERED, SETTING_DONE -> 0;
                case REFUSED, COMPLAINED -> 1;
                default -> status.awaitingAnswer() ? 2 : -1;
            };
            if (answer >= 0) {
                answers[answer] += count;
            }
        });
        return new Answers(answers[0], answers[1], answers[2] - overdue, overdue);
    }

    /** The counts per status at the end of each day, from the first change to {@code today}. */
    static List<DayCounts> overTime(List<StatusChangeCount> changes, LocalDate today) {
        // per day: how many requests entered (+) or left (-) each status that day
        TreeMap<LocalDate, int[]> deltas = new TreeMap<>();
        for (StatusChangeCount change : changes) {
            int[] delta = deltas.computeIfAbsent(change.day(), d -> new int[RequestStatus.values().length]);
            int count = Math.toIntExact(change.count());
            delta[change.to().ordinal()] += count;
            if (change.from() != null) {
                delta[change.from().ordinal()] -= count;
            }
        }
        List<DayCounts> days = new ArrayList<>();
        if (deltas.isEmpty()) {
            return days;
        }
        int[] current = new int[RequestStatus.values().length];
        for (LocalDate day = deltas.firstKey(); !day.isAfter(today); day = day.plusDays(1)) {
            int[] delta = deltas.get(day);
            Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
            for (RequestStatus status : RequestStatus.values()) {
                current[status.ordinal()] += delta == null ? 0 : delta[status.ordinal()];
                counts.put(status, current[status.ordinal()]);
            }
            days.add(new DayCounts(day, counts));
        }
        return days;
    }
}
