package org.optout.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;

/**
 * The campaign's tracked requests, counted per platform and status by the database (an index per count, no request
 * read), for {@code campaign status}: the platforms letters were written for or sent to.
 */
public final class CampaignRequests {
    private CampaignRequests() {
    }

    /**
     * One platform's requests.
     *
     * @param byStatus how many requests are in each status (those with none left out), e.g. {@code sent → 12}
     * @param overdue how many of them are overdue: no answer and the deadline passed
     */
    public record PlatformRequests(String platform, long total, Map<String, Long> byStatus, long overdue) {
        public PlatformRequests {
            byStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        }
    }

    public static List<PlatformRequests> count(RequestStore requests, SendQueue queue, CampaignStatus status,
                                               java.time.LocalDate today) {
        Map<String, Long> overdue = new LinkedHashMap<>();
        requests.countOverdue(RequestQuery.campaign(status.campaign()), today)
                .forEach(c -> overdue.merge(c.platform(), c.count(), Long::sum));
        TreeSet<String> platforms = new TreeSet<>(queue.platforms(status.campaign()));
        status.platforms().forEach(p -> platforms.add(p.platform()));
        List<PlatformRequests> counted = new ArrayList<>();
        for (String platform : platforms) {
            RequestQuery query = RequestQuery.campaign(status.campaign()).withPlatform(platform);
            Map<String, Long> byStatus = new LinkedHashMap<>();
            long total = 0;
            for (RequestStatus s : RequestStatus.values()) {
                long n = requests.count(query.withStatus(s));
                if (n > 0) {
                    byStatus.put(s.label(), n);
                    total += n;
                }
            }
            counted.add(new PlatformRequests(platform, total, byStatus, overdue.getOrDefault(platform, 0L)));
        }
        return counted;
    }
}
