package org.optout.campaign;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.optout.mail.MailException;

/**
 * What a {@code campaign send} run did, member by member, and the campaign's members it left out.
 *
 * @param counts how many members each outcome had in this run
 * @param noMandate members still in the campaign whose mandate is not signed (nothing sent)
 * @param withdrawn members who withdrew (nothing sent)
 * @param stopped whether the run stopped before the end (Ctrl-C, or the SMTP server could not be reached)
 * @param unreachable why the SMTP server could not be reached (the run stopped there, nothing sent to that member),
 *     or null
 * @param sentWithoutCopy of the members sent to in this run, those with no signed copy of their mandate on record:
 *     their message carries the mandate form instead
 * @param noCopy the first {@link #NAMED} members skipped for want of a signed copy ({@code --require-signed-copy})
 */
public record SendTally(Map<SendTally.Outcome, Integer> counts, long noMandate, long withdrawn, boolean stopped,
                        MailException unreachable, int sentWithoutCopy, List<String> noCopy) {
    /** The most members a tally names; the rest are counted. */
    public static final int NAMED = 20;

    public SendTally {
        noCopy = List.copyOf(noCopy);
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, counts.getOrDefault(o, 0));
        }
        counts = Map.copyOf(all);
    }

    /** What happened for one member. */
    public enum Outcome {
        /** emailed now */
        SENT,
        /** sent before (by an earlier run or another sender): nothing done */
        ALREADY_SENT,
        /** another optout is sending it right now: nothing done */
        OTHER_SENDER,
        /** the server refused it, or the connection failed before the message: a re-run sends it again */
        FAILED,
        /** the server may have accepted it: not sent again without {@code --resend} */
        UNKNOWN,
        /** the member withdrew or their mandate is no longer recorded since the run started: nothing done */
        LEFT,
        /** no signed copy of the member's mandate is on record, and one is required: nothing done */
        NO_SIGNED_COPY
    }

    public int count(Outcome outcome) {
        return counts.get(outcome);
    }
}
