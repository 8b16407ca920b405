package org.optout.tracker;

import java.util.Objects;

/**
 * How many of the requests a query selects, for one platform, were answered (or refused) a given number of days
 * after they were sent ({@link TrackedRequest#daysToAnswer()}): a row of {@link RequestStore#countDaysToAnswer}.
 *
 * @param platform the platform's catalogue id
 * @param days the days from sending to the first answer, 0 or more
 * @param count how many requests, at least 1
 */
public record DaysToAnswerCount(String platform, int days, long count) {
    public DaysToAnswerCount {
        Objects.requireNonNull(platform, "platform");
    }
}
