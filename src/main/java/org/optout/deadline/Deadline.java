package org.optout.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed response deadline, with the steps that led to it so the user can check them.
 *
 * @param date         the last day on which the controller may answer
 * @param explanation  human-readable English lines, in order, e.g. "2026-04-06 is Easter Monday in IE"
 * @param countries    the distinct countries (ISO codes, upper case) whose calendars were used, in the order given
 * @param weekendsOnly true when at least one of those countries had no public-holiday table, so only weekends
 *                     were taken into account for it
 */
public record Deadline(LocalDate date, List<String> explanation, List<String> countries, boolean weekendsOnly) {

    /** Copies the lists so the record stays immutable. */
    public Deadline {
        Objects.requireNonNull(date, "date");
        explanation = List.copyOf(explanation);
        countries = List.copyOf(countries);
    }
}
