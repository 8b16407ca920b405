package org.optout.tracker;

import java.util.Objects;

/**
 * How many of the requests a query selects are in one status for one platform: a row of
 * {@link RequestStore#countByPlatformAndStatus}.
 *
 * @param platform the platform's catalogue id
 * @param status the requests' current status
 * @param count how many requests, at least 1
 */
public record StatusCount(String platform, RequestStatus status, long count) {
    public StatusCount {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(status, "status");
    }
}
