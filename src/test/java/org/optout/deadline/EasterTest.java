package org.optout.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        // legal.md §3, computed Easter Sundays
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        // well-known dates, including the earliest (22 March) and latest (25 April) possible
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2038, 2038-04-25",
        "1818, 1818-03-22",
        "2285, 2285-03-22",
        "1943, 1943-04-25",
        "1961, 1961-04-02",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2016, 2016-03-27",
        "2024, 2024-03-31",
    })
    void should_give_the_known_easter_sunday(int year, LocalDate expected) {
        // when
        LocalDate easter = Easter.sunday(year);

        // then
        assertThat(easter).isEqualTo(expected);
    }

    @Test
    void should_always_be_a_sunday_between_22_march_and_25_april() {
        for (int year = Easter.FIRST_YEAR; year <= Easter.LAST_YEAR; year++) {
            LocalDate easter = Easter.sunday(year);

            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %d", year)
                    .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1582, 4100, 0, -1})
    void should_reject_years_outside_the_valid_range(int year) {
        assertThatThrownBy(() -> Easter.sunday(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(year));
    }
}
