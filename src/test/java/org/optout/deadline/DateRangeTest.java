package org.optout.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optout.ui.Message;

/** The one range of dates optout accepts. */
class DateRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2026-03-05", "2100-12-31"})
    void should_accept_the_bounds_and_what_is_between(LocalDate date) {
        assertThat(DateRange.contains(date)).isTrue();
        assertThat(DateRange.problem(date)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31", "2101-01-01", "0226-03-01", "0000-01-31", "1582-10-10", "9999-12-31",
            "+999999999-12-31"})
    void should_refuse_a_date_no_one_means_and_say_why(LocalDate date) {
        assertThat(DateRange.contains(date)).isFalse();
        assertThat(DateRange.problem(date).map(Message::english)).contains("'" + date + "' is not between 2000-01-01 and 2100-12-31 (a typo "
                + "in the year?)");
    }

    @Test
    void should_lie_inside_the_years_whose_easter_is_computed() {
        assertThat(DateRange.FIRST.getYear()).isGreaterThanOrEqualTo(Easter.FIRST_YEAR);
        // a three-month deadline from the last day, plus a long identity-check pause, still has its holidays
        assertThat(DateRange.LAST.plusYears(100).getYear()).isLessThanOrEqualTo(Easter.LAST_YEAR);
        assertThat(LocalDate.of(2026, 3, 5)).isBetween(DateRange.FIRST, DateRange.LAST);
    }
}
