package org.optout.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.optout.AppException;
import org.optout.ExitCode;

class DeadlineCalculatorTest {
    private static final LocalDate MARCH_5_2026 = LocalDate.of(2026, 3, 5);

    @Nested
    class Worked_examples {

        // legal.md §2.4, one row per receipt and country
        @ParameterizedTest(name = "received {0} in {1}: {2}")
        @CsvSource({
            "2026-03-05, FR, 2026-04-07", "2026-03-05, BE, 2026-04-07", "2026-03-05, IE, 2026-04-07",
            "2026-08-31, FR, 2026-09-30", "2026-08-31, BE, 2026-09-30", "2026-08-31, IE, 2026-09-30",
            "2026-01-31, FR, 2026-03-02", "2026-01-31, BE, 2026-03-02", "2026-01-31, IE, 2026-03-02",
            "2028-01-31, FR, 2028-02-29", "2028-01-31, BE, 2028-02-29", "2028-01-31, IE, 2028-02-29",
            "2025-11-26, FR, 2025-12-26", "2025-11-26, BE, 2025-12-26", "2025-11-26, IE, 2025-12-29",
            "2026-04-14, FR, 2026-05-15", "2026-04-14, BE, 2026-05-15", "2026-04-14, IE, 2026-05-14",
            "2025-12-25, FR, 2026-01-26", "2025-12-25, BE, 2026-01-26", "2025-12-25, IE, 2026-01-26",
        })
        void one_month_deadline_matches_the_facts_table(LocalDate receipt, String country, LocalDate expected) {
            Deadline deadline = DeadlineCalculator.oneMonth(receipt, List.of(country));

            assertThat(deadline.date()).isEqualTo(expected);
            assertThat(deadline.countries()).containsExactly(country);
            assertThat(deadline.weekendsOnly()).isFalse();
        }

        // legal.md §2.4, three-month ceilings
        @ParameterizedTest(name = "received {0} in {1}: {2}")
        @CsvSource({
            "2026-01-31, FR, 2026-04-30", "2026-01-31, BE, 2026-04-30", "2026-01-31, IE, 2026-04-30",
            "2026-04-14, FR, 2026-07-15", "2026-04-14, BE, 2026-07-14", "2026-04-14, IE, 2026-07-14",
            "2028-01-31, FR, 2028-05-02", "2028-01-31, BE, 2028-05-02", "2028-01-31, IE, 2028-05-02",
        })
        void three_month_ceiling_matches_the_facts_file(LocalDate receipt, String country, LocalDate expected) {
            assertThat(DeadlineCalculator.extended(receipt, List.of(country)).date()).isEqualTo(expected);
        }

        @Test
        void should_explain_every_step() {
            Deadline deadline = DeadlineCalculator.oneMonth(MARCH_5_2026, List.of("IE"));

            assertThat(deadline.explanation()).containsExactly(
                    "received 2026-03-05 (Thursday)",
                    "one month later: 2026-04-05",
                    "2026-04-05 is a Sunday",
                    "2026-04-06 is Easter Monday in IE",
                    "deadline 2026-04-07 (IE)");
        }

        @Test
        void should_explain_the_clamp_to_the_last_day_of_the_month() {
            Deadline deadline = DeadlineCalculator.oneMonth(LocalDate.of(2026, 8, 31), List.of("FR"));

            assertThat(deadline.explanation()).containsExactly(
                    "received 2026-08-31 (Monday)",
                    "one month later: 2026-09-30",
                    "no 31 September: last day of the month",
                    "deadline 2026-09-30 (FR)");
        }

        @Test
        void should_name_a_holiday_that_falls_on_a_weekend() {
            Deadline deadline = DeadlineCalculator.compute(LocalDate.of(2028, 1, 31), 3, List.of("FR"), List.of());

            assertThat(deadline.explanation()).containsSubsequence(
                    "three months later: 2028-04-30",
                    "2028-04-30 is a Sunday",
                    "2028-05-01 is May Day in FR",
                    "deadline 2028-05-02 (FR)");
        }
    }

    @Nested
    class Several_countries {

        @Test
        void should_take_the_later_of_two_countries() {
            Deadline deadline = DeadlineCalculator.oneMonth(LocalDate.of(2026, 4, 14), List.of("FR", "IE"));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 5, 15));
            assertThat(deadline.countries()).containsExactly("FR", "IE");
            assertThat(deadline.explanation()).contains("2026-05-14 is Ascension Day in FR",
                    "deadline 2026-05-15 (FR)", "deadline 2026-05-14 (IE)",
                    "later of FR 2026-05-15 and IE 2026-05-14: 2026-05-15");
        }

        @Test
        void should_not_depend_on_the_order_of_the_countries() {
            Deadline deadline = DeadlineCalculator.oneMonth(LocalDate.of(2025, 11, 26), List.of("IE", "FR", "BE"));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(deadline.explanation()).last().isEqualTo(
                    "latest of IE 2025-12-29, FR 2025-12-26 and BE 2025-12-26: 2025-12-29");
        }

        @Test
        void should_say_when_the_countries_agree_and_ignore_duplicates() {
            Deadline deadline = DeadlineCalculator.oneMonth(MARCH_5_2026, List.of("FR", "fr", "BE"));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(deadline.countries()).containsExactly("FR", "BE");
            assertThat(deadline.explanation()).last().isEqualTo("same deadline in FR and BE: 2026-04-07");
        }

        @Test
        void should_flag_a_country_without_a_holiday_table() {
            // given 5 April 2026 is a Sunday and Germany's Easter Monday is unknown to the tool
            Deadline deadline = DeadlineCalculator.oneMonth(MARCH_5_2026, List.of("DE"));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(deadline.weekendsOnly()).isTrue();
            assertThat(deadline.explanation()).contains("no public-holiday table for DE: weekends only");
        }

        @Test
        void one_weekends_only_country_marks_the_whole_deadline() {
            Deadline deadline = DeadlineCalculator.oneMonth(MARCH_5_2026, List.of("IE", "DE"));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(deadline.weekendsOnly()).isTrue();
        }
    }

    @Nested
    class Identity_check_pauses {

        @Test
        void should_add_the_paused_days_before_moving_to_a_working_day() {
            // given 5 April 2026 + 7 days = Sunday 12 April
            Pause pause = new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17));

            Deadline deadline = DeadlineCalculator.compute(MARCH_5_2026, 1, List.of("IE"), List.of(pause));

            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 13));
            assertThat(deadline.explanation()).containsSubsequence(
                    "one month later: 2026-04-05",
                    "identity check paused the clock 2026-03-10 → 2026-03-17: +7 days",
                    "with the clock stopped: 2026-04-12",
                    "2026-04-12 is a Sunday",
                    "deadline 2026-04-13 (IE)");
        }

        @Test
        void should_add_several_pauses() {
            List<Pause> pauses = List.of(new Pause(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21)),
                    new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)));

            Deadline deadline = DeadlineCalculator.compute(LocalDate.of(2026, 3, 9), 1, List.of("FR"), pauses);

            // 9 April 2026 (a Thursday) + 1 + 2 days = Sunday 12 April, then Monday 13 April
            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 13));
            assertThat(deadline.explanation()).contains(
                    "identity check paused the clock 2026-03-20 → 2026-03-21: +1 day");
        }

        @Test
        void a_pause_answered_the_same_day_adds_nothing() {
            Pause sameDay = new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10));

            Deadline deadline = DeadlineCalculator.compute(MARCH_5_2026, 1, List.of("IE"), List.of(sameDay));

            assertThat(sameDay.days()).isZero();
            assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void should_reject_a_pause_that_ends_before_it_starts() {
            assertThatThrownBy(() -> new Pause(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 10)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void should_reject_a_pause_before_receipt_or_overlapping_pauses() {
            Pause early = new Pause(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 6));
            List<Pause> overlapping = List.of(new Pause(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17)),
                    new Pause(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20)));

            assertThatThrownBy(() -> DeadlineCalculator.compute(MARCH_5_2026, 1, List.of("FR"), List.of(early)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the receipt");
            assertThatThrownBy(() -> DeadlineCalculator.compute(MARCH_5_2026, 1, List.of("FR"), overlapping))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        }
    }

    @Nested
    class Extension_notice {

        @ParameterizedTest(name = "notice on {0}: in time = {1}")
        @CsvSource({"2026-03-20, true", "2026-04-05, true", "2026-04-07, true", "2026-04-08, false"})
        void should_be_in_time_up_to_the_one_month_deadline(LocalDate notice, boolean inTime) {
            assertThat(DeadlineCalculator.extensionNoticeInTime(MARCH_5_2026, notice, List.of("IE")))
                    .isEqualTo(inTime);
        }

        @Test
        void should_use_the_later_country() {
            LocalDate receipt = LocalDate.of(2025, 11, 26);
            LocalDate notice = LocalDate.of(2025, 12, 29);

            assertThat(DeadlineCalculator.extensionNoticeInTime(receipt, notice, List.of("FR", "IE"))).isTrue();
            assertThat(DeadlineCalculator.extensionNoticeInTime(receipt, notice, List.of("FR"))).isFalse();
        }
    }

    @Nested
    class Invalid_input {

        @ParameterizedTest
        @ValueSource(ints = {-1, 0, 4, 12})
        void should_reject_periods_other_than_one_to_three_months(int months) {
            assertThatThrownBy(() -> DeadlineCalculator.compute(MARCH_5_2026, months, List.of("FR"), List.of()))
                    .isInstanceOf(AppException.class).hasMessage("the period must be 1 to 3 months, not " + months);
        }

        @Test
        void should_reject_an_empty_country_list_or_a_bad_code() {
            assertThatThrownBy(() -> DeadlineCalculator.oneMonth(MARCH_5_2026, List.of()))
                    .isInstanceOf(AppException.class)
                    .hasMessage("at least one country is needed to compute a deadline");
            assertThatThrownBy(() -> DeadlineCalculator.oneMonth(MARCH_5_2026, List.of("France")))
                    .isInstanceOf(AppException.class).hasMessageContaining("'France' is not an ISO 3166-1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1999-12-31", "2101-01-01", "0226-03-05", "9999-12-31"})
        void should_reject_a_receipt_outside_the_date_range_as_a_usage_error(LocalDate receipt) {
            assertThatThrownBy(() -> DeadlineCalculator.extended(receipt, List.of("IE")))
                    .isInstanceOf(AppException.class)
                    .hasMessage("date of receipt '" + receipt + "' is not between 2000-01-01 and 2100-12-31 (a typo "
                            + "in the year?)")
                    .satisfies(e -> assertThat(((AppException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        }

        @ParameterizedTest
        @CsvSource({"2000-01-01, 1, 2000-02-01", "2100-12-31, 3, 2101-03-31", "2100-11-30, 1, 2100-12-30"})
        void should_compute_from_the_first_and_last_dates_of_the_range(LocalDate receipt, int months,
                                                                        LocalDate expected) {
            assertThat(DeadlineCalculator.compute(receipt, months, List.of("FR", "IE", "BE"), List.of()).date())
                    .isEqualTo(expected);
        }
    }

    @Nested
    class Properties {
        private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
        private static final LocalDate END = LocalDate.of(2031, 1, 1);

        static Stream<Arguments> countriesAndMonths() {
            return Stream.of("FR", "BE", "IE").flatMap(c -> Stream.of(1, 2, 3).map(m -> Arguments.of(c, m)));
        }

        @ParameterizedTest(name = "{0}, {1} months")
        @MethodSource("countriesAndMonths")
        void every_deadline_is_the_first_working_day_on_or_after_the_raw_end(String country, int months) {
            HolidayCalendar calendar = HolidayCalendar.of(country);
            LocalDate previous = LocalDate.MIN;
            for (LocalDate receipt = FIRST; receipt.isBefore(END); receipt = receipt.plusDays(1)) {
                LocalDate raw = receipt.plusMonths(months);

                LocalDate date = DeadlineCalculator.compute(receipt, months, List.of(country), List.of()).date();

                String context = "received " + receipt + " in " + country;
                assertThat(calendar.isWorkingDay(date)).as(context).isTrue();
                assertThat(date.getDayOfWeek()).as(context).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(date).as(context).isAfterOrEqualTo(raw).isBeforeOrEqualTo(raw.plusDays(10));
                assertThat(raw.datesUntil(date)).as(context).noneMatch(calendar::isWorkingDay);
                assertThat(date).as(context + ": monotonic").isAfterOrEqualTo(previous);
                previous = date;
            }
        }

        @Test
        void several_countries_give_the_latest_single_country_deadline() {
            for (LocalDate receipt = FIRST; receipt.isBefore(END); receipt = receipt.plusDays(1)) {
                LocalDate fr = DeadlineCalculator.oneMonth(receipt, List.of("FR")).date();
                LocalDate ie = DeadlineCalculator.oneMonth(receipt, List.of("IE")).date();

                LocalDate both = DeadlineCalculator.oneMonth(receipt, List.of("FR", "IE")).date();

                assertThat(both).as("received %s", receipt).isEqualTo(fr.isAfter(ie) ? fr : ie);
            }
        }
    }
}
