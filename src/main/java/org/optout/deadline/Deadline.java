package org.optout.deadline;

import org.optout.ui.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed response deadline, with the steps that led to it so the user can check them.
 *
 * @param date         the last day on which the controller may answer
 * @param steps        the steps, in order, as messages to put in words, e.g. "2026-04-06 is Easter Monday in IE"
 * @param countries    the distinct countries (ISO codes, upper case) whose calendars were used, in the order given
 * @param weekendsOnly true when at least one of those countries had no public-holiday table, so only weekends
 *                     were taken into account for it
 */
public record Deadline(LocalDate date, List<Message> steps, List<String> countries, boolean weekendsOnly) {

    /** Copies the lists so the record stays immutable. */
    public Deadline {
        Objects.requireNonNull(date, "date");
        steps = List.copyOf(steps);
        countries = List.copyOf(countries);
    }

    /** The steps in English, e.g. "2026-04-06 is Easter Monday in IE" (the {@code deadline --json} explanation). */
    public List<String> explanation() {
        return steps.stream().map(Message::english).toList();
    }
}
