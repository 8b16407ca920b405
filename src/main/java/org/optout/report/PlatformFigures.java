package org.optout.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optout.tracker.RequestStatus;

/**
 * One platform's figures in a campaign.
 *
 * @param platform the platform's name as the reader knows it (e.g. "LinkedIn")
 * @param lettersWritten the objection letters written for this platform
 * @param statuses the requests per status; a status left out counts 0
 * @param answers the requests sent, by how the controller answered
 * @param daysToAnswer for each answered or refused request, the days from sending to the answer
 */
public record PlatformFigures(String platform, int lettersWritten, Map<RequestStatus, Integer> statuses,
        Answers answers, List<Integer> daysToAnswer) {
    public PlatformFigures {
        Counts.requireText("platform", platform);
        Counts.requireNotNegative(platform + ": letters written", lettersWritten);
        statuses = Counts.everyStatus(platform + ": requests", statuses);
        Objects.requireNonNull(answers, "answers");
        daysToAnswer = List.copyOf(daysToAnswer);
        for (int days : daysToAnswer) {
            Counts.requireNotNegative(platform + ": days to answer", days);
        }
    }

    /** The platform's requests, whatever their status. */
    public long requests() {
        return Counts.sum(statuses);
    }
}
