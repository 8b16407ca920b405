package org.optout.sending;

import org.optout.catalogue.Channel;
import java.util.List;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * What happened for one platform.
 *
 * @param requestId the tracker id, e.g. "R3" ("-" in a dry run, when there is none)
 * @param lines what the user should read or do, in a few lines that name files (never a whole letter), to put
 *     in words of the interface language
 * @param next the command to run next
 * @param error the one-line error when sending failed or was refused, else null
 */
public record SendOutcome(String requestId, String platform, Channel channel, Result result, List<Message> lines,
                          String next, AppException error) {
    public SendOutcome {
        lines = List.copyOf(lines);
    }

    /** Where a platform stands after {@code send}. */
    public enum Result {
        /** optout emailed it. */
        SENT,
        /** the user files it: web form, post, setting, or the email written for their own mail program. */
        TO_DO,
        /** sent before: nothing done. */
        ALREADY_SENT,
        /** not sent: refused or failed. */
        FAILED,
        /** a dry run: nothing done. */
        DRY_RUN
    }
}
