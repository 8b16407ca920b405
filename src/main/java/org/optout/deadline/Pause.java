package org.optout.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An identity-check pause under art. 12(6) GDPR (EDPB Guidelines 01/2022 §159, example 31): the clock stops from
 * the day the controller asked for information to confirm the requester's identity until the day it was provided.
 *
 * @param from the day the controller asked for identity information
 * @param to   the day the user provided it, on or after {@code from}
 */
public record Pause(LocalDate from, LocalDate to) {

    /** Checks that the pause does not end before it starts. */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "identity check pause ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The number of calendar days the pause adds to the deadline: the days from {@code from} to {@code to}. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }
}
