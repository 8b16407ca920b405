package org.optout.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestList;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StatusCount;
import org.optout.tracker.TrackedRequest;

/**
 * Reads a campaign's report from the tracker: the requests per platform and status in one grouped count, then one
 * pass over the campaign's requests, platform by platform and status by status, a page at a time (three statements
 * per page, each a range of one index; none per request) for what needs their events: the status of each request at the end of each day since the first, how each was answered, and the
 * days from sending to the answer. The status on a day is the tracker's own rule applied to the events up to that
 * day, so the last day agrees with the current status.
 */
public final class CampaignFigures {
    /** Requests read per page: memory stays flat whatever the campaign's size. */
    static final int PAGE = 1_000;

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
        List<StatusCount> counts = store.countByPlatformAndStatus(query);
        Map<String, Map<RequestStatus, Integer>> statuses = new TreeMap<>();
        for (StatusCount count : counts) {
            statuses.computeIfAbsent(count.platform(), p -> new EnumMap<>(RequestStatus.class))
                    .put(count.status(), Math.toIntExact(count.count()));
        }
        Pass pass = new Pass(today);
        for (StatusCount count : counts) {
            // one platform and status at a time: each page is a range of the index on (campaign, platform, status, id)
            RequestQuery group = query.withPlatform(count.platform()).withStatus(count.status());
            long after = 0;
            for (RequestList page = store.page(group, after, PAGE); !page.readable().isEmpty()
                    || !page.unreadable().isEmpty(); page = store.page(group, after, PAGE)) {
                if (!page.unreadable().isEmpty()) {
                    throw new AppException(page.unreadable().get(0).message(), ExitCode.DELIVERY);
                }
                page.readable().forEach(pass::add);
                after = page.readable().get(page.readable().size() - 1).id();
            }
        }
        TreeSet<String> platforms = new TreeSet<>(statuses.keySet());
        platforms.addAll(campaign.lettersWritten().keySet());
        List<PlatformFigures> figures = new ArrayList<>();
        for (String id : platforms) {
            int[] answers = pass.answers.getOrDefault(id, new int[4]);
            figures.add(new PlatformFigures(campaign.names().apply(id), campaign.lettersWritten().getOrDefault(id, 0),
                    statuses.getOrDefault(id, Map.of()), new Answers(answers[0], answers[1], answers[2], answers[3]),
                    pass.days.getOrDefault(id, List.of())));
        }
        return new CampaignReport(campaign.name(), campaign.association(), today, campaign.mandatesSigned(),
                figures, pass.overTime());
    }

    /** What the pass over the requests gathers. */
    private static final class Pass {
        private final LocalDate today;
        /** Per platform id: answered, refused, unanswered, overdue. */
        final Map<String, int[]> answers = new TreeMap<>();
        final Map<String, List<Integer>> days = new TreeMap<>();
        /** Per day: how many requests entered (+1) or left (-1) each status that day. */
        private final TreeMap<LocalDate, int[]> changes = new TreeMap<>();

        Pass(LocalDate today) {
            this.today = today;
        }

        void add(TrackedRequest request) {
            RequestStatus status = request.status();
            int answer = switch (status) {
                case ANSWERED, SETTING_DONE -> 0;
                case REFUSED, COMPLAINED -> 1;
                default -> !status.awaitingAnswer() ? -1 : request.overdue(today) ? 3 : 2;
            };
            if (answer >= 0) {
                answers.computeIfAbsent(request.platform(), p -> new int[4])[answer]++;
            }
            Optional<LocalDate> sent = request.sentOn();
            Optional<LocalDate> answered = request.events().stream().filter(e -> e.type() == EventType.ANSWERED
                    || e.type() == EventType.REFUSED).map(RequestEvent::on).min(LocalDate::compareTo);
            if (sent.isPresent() && answered.isPresent() && !answered.get().isBefore(sent.get())) {
                days.computeIfAbsent(request.platform(), p -> new ArrayList<>())
                        .add(Math.toIntExact(ChronoUnit.DAYS.between(sent.get(), answered.get())));
            }
            history(request);
        }

        /** Records the days the request's status changed, up to today. */
        private void history(TrackedRequest request) {
            TreeSet<LocalDate> eventDays = new TreeSet<>();
            request.events().forEach(e -> eventDays.add(e.on()));
            RequestStatus before = null;
            for (LocalDate day : eventDays.headSet(today, true)) {
                List<RequestEvent> upTo = request.events().stream().filter(e -> !e.on().isAfter(day)).toList();
                RequestStatus now = new TrackedRequest(request.id(), request.platform(), request.kind(),
                        request.language(), request.channel(), request.controllerCountry(), request.userCountry(),
                        request.parentId(), request.createdAt(), upTo, request.campaign(), request.memberId())
                        .status();
                if (now != before) {
                    int[] delta = changes.computeIfAbsent(day, d -> new int[RequestStatus.values().length]);
                    delta[now.ordinal()]++;
                    if (before != null) {
                        delta[before.ordinal()]--;
                    }
                    before = now;
                }
            }
        }

        /** The counts per status at the end of each day, from the first change to today. */
        List<DayCounts> overTime() {
            List<DayCounts> days = new ArrayList<>();
            if (changes.isEmpty()) {
                return days;
            }
            int[] current = new int[RequestStatus.values().length];
            for (LocalDate day = changes.firstKey(); !day.isAfter(today); day = day.plusDays(1)) {
                int[] delta = changes.get(day);
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
}
