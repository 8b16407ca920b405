package org.optout.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
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

class HolidayCalendarTest {

    /** The computed tables of legal.md §3, copied literally. */
    static Stream<Arguments> factsTables() {
        return Stream.of(
                Arguments.of("FR", 2025, dates("2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29",
                        "2025-06-09", "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25")),
                Arguments.of("BE", 2025, dates("2025-01-01", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09",
                        "2025-07-21", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25")),
                Arguments.of("IE", 2025, dates("2025-01-01", "2025-02-03", "2025-03-17", "2025-04-21", "2025-05-05",
                        "2025-06-02", "2025-08-04", "2025-10-27", "2025-12-25", "2025-12-26")),
                Arguments.of("FR", 2026, dates("2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14",
                        "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25")),
                Arguments.of("BE", 2026, dates("2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25",
                        "2026-07-21", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25")),
                Arguments.of("IE", 2026, dates("2026-01-01", "2026-02-02", "2026-03-17", "2026-04-06", "2026-05-04",
                        "2026-06-01", "2026-08-03", "2026-10-26", "2026-12-25", "2026-12-26")),
                Arguments.of("FR", 2027, dates("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08",
                        "2027-05-17", "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25")),
                Arguments.of("BE", 2027, dates("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17",
                        "2027-07-21", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25")),
                Arguments.of("IE", 2027, dates("2027-01-01", "2027-02-01", "2027-03-17", "2027-03-29", "2027-05-03",
                        "2027-06-07", "2027-08-02", "2027-10-25", "2027-12-25", "2027-12-26")));
    }

    static Stream<Arguments> everyFactsTableDate() {
        return factsTables().flatMap(row -> {
            @SuppressWarnings("unchecked")
            List<LocalDate> dates = (List<LocalDate>) row.get()[2];
            return dates.stream().map(date -> Arguments.of(row.get()[0], date));
        });
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Nested
    class Facts_tables {

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("org.optout.deadline.HolidayCalendarTest#factsTables")
        void should_list_exactly_the_holidays_of_the_facts_table(String country, int year, List<LocalDate> expected) {
            assertThat(HolidayCalendar.of(country).holidaysIn(year).keySet()).containsExactlyElementsOf(expected);
        }

        @ParameterizedTest(name = "{1} in {0}")
        @MethodSource("org.optout.deadline.HolidayCalendarTest#everyFactsTableDate")
        void every_date_of_the_facts_table_is_a_holiday_and_not_a_working_day(String country, LocalDate date) {
            HolidayCalendar calendar = HolidayCalendar.of(country);

            assertThat(calendar.holiday(date)).isPresent();
            assertThat(calendar.isWorkingDay(date)).isFalse();
        }

        @ParameterizedTest(name = "{1} in {0}: {2}")
        @CsvSource({
            "FR, 2028-04-17", "FR, 2028-05-25", "FR, 2028-06-05",
            "BE, 2028-04-17", "BE, 2028-05-25", "BE, 2028-06-05",
            "IE, 2028-04-17", "IE, 2028-02-07", "IE, 2028-05-01",
        })
        void should_know_the_2028_items_of_the_facts_file(String country, LocalDate date) {
            // Easter Monday 2028 is the facts file's Easter (16 Apr) plus one day
            assertThat(HolidayCalendar.of(country).holiday(date)).isPresent();
        }

        @ParameterizedTest(name = "{0} {1}: {2} dates")
        @CsvSource({
            "FR, 2025, 11", "FR, 2026, 11", "FR, 2027, 11", "FR, 2028, 11",
            "BE, 2025, 10", "BE, 2026, 10", "BE, 2027, 10", "BE, 2028, 10",
            "IE, 2025, 10", "IE, 2026, 10", "IE, 2027, 10", "IE, 2028, 10",
        })
        void should_count_the_statutory_number_of_dates(String country, int year, int count) {
            HolidayCalendar calendar = HolidayCalendar.of(country);

            long byDay = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(day -> calendar.holiday(day).isPresent()).count();

            assertThat(calendar.holidaysIn(year)).hasSize(count);
            assertThat(byDay).isEqualTo(count);
        }

        @ParameterizedTest(name = "{1} in {0} is {2}")
        @CsvSource(delimiter = '|', value = {
            "IE | 2025-12-26 | St Stephen's Day",
            "IE | 2026-04-06 | Easter Monday",
            "FR | 2026-04-06 | Easter Monday",
            "BE | 2026-05-14 | Ascension Day",
            "FR | 2026-05-25 | Whit Monday",
            "IE | 2026-02-02 | St Brigid's Day",
            "IE | 2026-03-17 | St Patrick's Day",
            "IE | 2026-10-26 | October Bank Holiday",
            "FR | 2026-07-14 | Bastille Day",
            "BE | 2026-07-21 | Belgian National Day",
            "FR | 2026-11-11 | Armistice Day",
        })
        void should_name_holidays_in_english(String country, LocalDate date, String name) {
            assertThat(HolidayCalendar.of(country).holiday(date)).contains(name);
        }
    }

    @Nested
    class Ireland {
        private final HolidayCalendar ie = HolidayCalendar.of("IE");

        @ParameterizedTest
        @ValueSource(strings = {"2030-02-01", "2036-02-01"})
        void st_brigids_day_is_1_february_when_that_is_a_friday(LocalDate firstOfFebruary) {
            assertThat(firstOfFebruary.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

            assertThat(ie.holiday(firstOfFebruary)).contains("St Brigid's Day");
            assertThat(ie.isWorkingDay(firstOfFebruary.plusDays(3))).as("the following Monday").isTrue();
        }

        @Test
        void st_brigids_day_starts_in_2023() {
            assertThat(ie.holiday(LocalDate.of(2022, 2, 7))).isEmpty();
            assertThat(ie.holiday(LocalDate.of(2023, 2, 6))).contains("St Brigid's Day");
        }

        @Test
        void the_2022_day_of_remembrance_is_a_one_off() {
            assertThat(ie.holiday(LocalDate.of(2022, 3, 18))).contains("Day of Remembrance and Recognition");
            assertThat(ie.holidaysIn(2022)).hasSize(10);
            assertThat(ie.holiday(LocalDate.of(2024, 3, 18))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-04-18", "2026-04-03", "2027-03-26"})
        void good_friday_is_not_a_public_holiday(LocalDate goodFriday) {
            assertThat(ie.holiday(goodFriday)).isEmpty();
            assertThat(ie.isWorkingDay(goodFriday)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-12-28", "2027-12-27", "2027-12-28", "2029-03-19"})
        void weekend_holidays_get_no_observed_substitute_day(LocalDate mondayOrTuesdayAfter) {
            assertThat(ie.holiday(mondayOrTuesdayAfter)).isEmpty();
            assertThat(ie.isWorkingDay(mondayOrTuesdayAfter)).isTrue();
        }

        @Test
        void has_ten_dates_every_year_from_2023() {
            for (int year = 2023; year <= 2100; year++) {
                assertThat(ie.holidaysIn(year)).as("IE %d", year).hasSize(10);
            }
        }
    }

    @Nested
    class Belgium_and_france {

        @ParameterizedTest
        @ValueSource(strings = {"2025-07-11", "2024-09-27", "2024-11-15"})
        void belgian_community_days_are_working_days(LocalDate communityDay) {
            HolidayCalendar be = HolidayCalendar.of("BE");

            assertThat(be.holiday(communityDay)).isEmpty();
            assertThat(be.isWorkingDay(communityDay)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-04-03", "2025-12-26"})
        void alsace_moselle_days_are_not_national_french_holidays(LocalDate regionalDay) {
            assertThat(HolidayCalendar.of("FR").isWorkingDay(regionalDay)).isTrue();
        }

        @Test
        void ascension_on_may_day_2008_keeps_both_names_on_one_date() {
            HolidayCalendar fr = HolidayCalendar.of("FR");

            assertThat(fr.holiday(LocalDate.of(2008, 5, 1))).contains("Ascension Day and May Day");
            assertThat(fr.holidaysIn(2008)).hasSize(10);
        }

        @Test
        void should_reject_years_without_an_easter_date() {
            assertThatThrownBy(() -> HolidayCalendar.of("FR").holiday(LocalDate.of(1500, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Factory_and_weekends_only {

        @Test
        void other_countries_get_a_weekends_only_calendar() {
            HolidayCalendar de = HolidayCalendar.of("DE");

            assertThat(de.country()).isEqualTo("DE");
            assertThat(de.hasHolidayTable()).isFalse();
            assertThat(de.holiday(LocalDate.of(2025, 10, 3))).isEmpty();
            assertThat(de.holidaysIn(2025)).isEmpty();
            assertThat(de.isWorkingDay(LocalDate.of(2025, 10, 3))).as("a Friday").isTrue();
            assertThat(de.isWorkingDay(LocalDate.of(2025, 10, 4))).as("a Saturday").isFalse();
            assertThat(de.isWorkingDay(LocalDate.of(2025, 10, 5))).as("a Sunday").isFalse();
        }

        @ParameterizedTest
        @CsvSource({"fr, FR", "Be, BE", " ie , IE"})
        void national_calendars_are_found_in_any_case(String code, String country) {
            HolidayCalendar calendar = HolidayCalendar.of(code);

            assertThat(calendar.country()).isEqualTo(country);
            assertThat(calendar.hasHolidayTable()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "F", "FRA", "F1", "é!"})
        void should_reject_codes_that_are_not_two_letters(String code) {
            assertThatThrownBy(() -> HolidayCalendar.of(code)).isInstanceOf(AppException.class)
                    .hasMessage("'" + code + "' is not an ISO 3166-1 alpha-2 country code")
                    .satisfies(e -> assertThat(((AppException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        }

        @Test
        void should_reject_a_lower_case_weekends_only_code() {
            assertThatThrownBy(() -> new HolidayCalendar.WeekendsOnly("de"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
