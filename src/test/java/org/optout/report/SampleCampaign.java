package org.optout.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optout.tracker.RequestStatus;

/**
 * A fictional campaign for the writer's tests (samples/campaign-report.html is the sample campaign's report, see
 * SampleCampaignReportTest): 50 made-up members objecting to six platforms over 75 days, simulated with a fixed
 * seed so that the report is the same at every run. Each request is
 * written, sent a few days later (unless its mandate is unsigned), perhaps acknowledged, then answered, refused
 * (and complained about) or left without answer; the deadline is a month after sending.
 */
final class SampleCampaign {
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final int DAYS = 75;
    static final int MEMBERS = 50;
    private static final String[] PLATFORMS = {"LinkedIn", "Meta", "Google", "X", "Microsoft", "TikTok"};
    /** Per platform: the chance to answer, then to refuse (else no answer). */
    private static final double[][] BEHAVIOUR = {{.55, .25}, {.3, .45}, {.6, .15}, {.1, .3}, {.7, .1}, {.35, .2}};

    private record Request(int platform, int written, int sent, int acknowledged, int answered, boolean refused,
            int complained) {
        RequestStatus statusOn(int day) {
            if (sent < 0 || day < sent) {
                return RequestStatus.DRAFTED;
            }
            if (answered >= 0 && day >= answered) {
                return !refused ? RequestStatus.ANSWERED
                        : complained >= 0 && day >= complained ? RequestStatus.COMPLAINED : RequestStatus.REFUSED;
            }
            return acknowledged >= 0 && day >= acknowledged ? RequestStatus.ACKNOWLEDGED : RequestStatus.SENT;
        }
    }

    private SampleCampaign() {
    }

    static CampaignReport report() {
        Random random = new Random(13);
        List<Request> requests = new ArrayList<>();
        int mandates = 0;
        for (int member = 0; member < MEMBERS; member++) {
            boolean mandate = random.nextDouble() < .9;
            mandates += mandate ? 1 : 0;
            for (int platform = 0; platform < PLATFORMS.length; platform++) {
                requests.add(request(random, platform, mandate));
            }
        }
        int last = DAYS - 1;
        List<DayCounts> days = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
            for (Request r : requests) {
                if (r.written() <= day) {
                    counts.merge(r.statusOn(day), 1, Integer::sum);
                }
            }
            days.add(new DayCounts(START.plusDays(day), counts));
        }
        Map<String, PlatformFigures> platforms = new LinkedHashMap<>();
        for (int p = 0; p < PLATFORMS.length; p++) {
            Map<RequestStatus, Integer> statuses = new EnumMap<>(RequestStatus.class);
            int[] answers = new int[4];
            List<Integer> delays = new ArrayList<>();
            int letters = 0;
            for (Request r : requests) {
                if (r.platform() != p) {
                    continue;
                }
                letters++;
                statuses.merge(r.statusOn(last), 1, Integer::sum);
                if (r.sent() < 0) {
                    continue;
                }
                boolean hasAnswer = r.answered() >= 0 && r.answered() <= last;
                answers[!hasAnswer ? (last - r.sent() > 30 ? 3 : 2) : r.refused() ? 1 : 0]++;
                if (hasAnswer) {
                    delays.add(r.answered() - r.sent());
                }
            }
            platforms.put(PLATFORMS[p], new PlatformFigures(PLATFORMS[p], letters, statuses,
                    new Answers(answers[0], answers[1], answers[2], answers[3]), delays));
        }
        return new CampaignReport("Printemps sans profilage", "Association exemple pour la vie privée (fictive)",
                START.plusDays(last), mandates, List.copyOf(platforms.values()), days);
    }

    /** One member's request to one platform; without a mandate it is written but never sent. */
    private static Request request(Random random, int platform, boolean mandate) {
        int written = random.nextDouble() < .8 ? random.nextInt(12) : 35 + random.nextInt(30); // a second wave
        int sent = mandate ? written + 1 + random.nextInt(6) : -1;
        int acknowledged = random.nextDouble() < .4 ? sent + 1 + random.nextInt(5) : -1;
        double outcome = random.nextDouble();
        double[] odds = BEHAVIOUR[platform];
        int answered = sent < 0 || outcome >= odds[0] + odds[1] ? -1 : sent + 4 + random.nextInt(38);
        boolean refused = outcome >= odds[0];
        int complained = refused && random.nextBoolean() ? answered + 5 + random.nextInt(10) : -1;
        return new Request(platform, written, sent, sent < 0 ? -1 : acknowledged, answered, refused, complained);
    }
}
