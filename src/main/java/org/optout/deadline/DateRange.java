package org.optout.deadline;

import java.time.LocalDate;
import java.util.Optional;
import org.optout.ui.Message;

/**
 * The dates optout accepts, wherever they come in (an option, a file, an e-mail header, a row of the tracker):
 * 2000-01-01 to 2100-12-31. A date outside is a typo (0226 for 2026) rather than a date a person means, and the
 * public-holiday rules are only written for the years inside.
 */
public final class DateRange {
    /** The first date accepted. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    /** The last date accepted. */
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private DateRange() {
    }

    /** Whether {@code date} is from {@link #FIRST} to {@link #LAST}, both included. */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /**
     * Why {@code date} is refused, for a message that names where it came from.
     *
     * @return e.g. "'0226-03-01' is not between 2000-01-01 and 2100-12-31 (a typo in the year?)"; empty when the
     *     date is accepted
     */
    public static Optional<Message> problem(LocalDate date) {
        return contains(date) ? Optional.empty() : Optional.of(Message.of("date.outside", date, FIRST, LAST));
    }
}
