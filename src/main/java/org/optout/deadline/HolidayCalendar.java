package org.optout.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * A country's public holidays, in the sense of art. 2(1) of Regulation 1182/71: the days that, with Saturdays
 * and Sundays, push the end of a period to the next working day (art. 3(4)).
 *
 * <p>France, Belgium and Ireland have rules computed from the year (current law applied to every year);
 * any other country gets a weekends-only calendar, which callers must flag to the user.
 */
public sealed interface HolidayCalendar permits HolidayCalendar.National, HolidayCalendar.WeekendsOnly {

    /** The ISO 3166-1 alpha-2 code of the country, upper case (e.g. "IE"). */
    String country();

    /**
     * The public holidays of a year.
     *
     * @param year a year from 1583 to 4099 (the range of {@link Easter})
     * @return the holidays by date, in date order, with their English names; empty for a weekends-only calendar
     */
    SortedMap<LocalDate, String> holidaysIn(int year);

    /** Whether this calendar knows the country's public holidays; false for the weekends-only calendar. */
    boolean hasHolidayTable();

    /**
     * The English name of the public holiday on a date, e.g. "Easter Monday" or "St Stephen's Day".
     *
     * @param date any date from 1583 to 4099
     * @return the name, or empty if the date is not a public holiday
     */
    default Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
    }

    /** Whether the date is a working day: neither a Saturday, a Sunday nor a public holiday. */
    default boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holiday(date).isEmpty();
    }

    /**
     * The calendar of a country.
     *
     * @param isoCountry an ISO 3166-1 alpha-2 code, in any case (e.g. "fr")
     * @return the FR, BE or IE calendar, or a weekends-only calendar for any other country
     * @throws AppException (usage) if the code is not two letters
     */
    static HolidayCalendar of(String isoCountry) {
        Objects.requireNonNull(isoCountry, "isoCountry");
        String code = isoCountry.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw AppException.usage(Message.of("error.not_country", isoCountry));
        }
        for (National national : National.values()) {
            if (national.name().equals(code)) {
                return national;
            }
        }
        return new WeekendsOnly(code);
    }

    /** Whether the date is a Saturday or a Sunday. */
    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The countries whose public holidays are known, each with its statutory rules. */
    enum National implements HolidayCalendar {
        /** Code du travail art. L3133-1: 11 holidays, without the Alsace-Moselle and overseas additions. */
        FR {
            @Override
            void addHolidays(int year, SortedMap<LocalDate, String> days) {
                addEasterBased(year, days);
                add(days, LocalDate.of(year, Month.MAY, 1), "May Day");
                add(days, LocalDate.of(year, Month.MAY, 8), "Victory in Europe Day");
                add(days, LocalDate.of(year, Month.JULY, 14), "Bastille Day");
                add(days, LocalDate.of(year, Month.NOVEMBER, 11), "Armistice Day");
            }
        },
        /** Loi du 4 janvier 1974 and AR du 18 avril 1974: 10 holidays, without the community days. */
        BE {
            @Override
            void addHolidays(int year, SortedMap<LocalDate, String> days) {
                addEasterBased(year, days);
                add(days, LocalDate.of(year, Month.MAY, 1), "Labour Day");
                add(days, LocalDate.of(year, Month.JULY, 21), "Belgian National Day");
                add(days, LocalDate.of(year, Month.NOVEMBER, 11), "Armistice Day");
            }
        },
        /** Organisation of Working Time Act 1997, Sched. 2: 10 holidays, without "observed" substitute days. */
        IE {
            @Override
            void addHolidays(int year, SortedMap<LocalDate, String> days) {
                add(days, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
                if (year >= 2023) {
                    add(days, stBrigidsDay(year), "St Brigid's Day");
                }
                add(days, LocalDate.of(year, Month.MARCH, 17), "St Patrick's Day");
                if (year == 2022) {
                    add(days, LocalDate.of(2022, Month.MARCH, 18), "Day of Remembrance and Recognition");
                }
                add(days, Easter.sunday(year).plusDays(1), "Easter Monday");
                add(days, firstMonday(year, Month.MAY), "May Day");
                add(days, firstMonday(year, Month.JUNE), "June Bank Holiday");
                add(days, firstMonday(year, Month.AUGUST), "August Bank Holiday");
                add(days, LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                        "October Bank Holiday");
                add(days, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
                add(days, LocalDate.of(year, Month.DECEMBER, 26), "St Stephen's Day");
            }

            private LocalDate stBrigidsDay(int year) {
                LocalDate first = LocalDate.of(year, Month.FEBRUARY, 1);
                return first.getDayOfWeek() == DayOfWeek.FRIDAY ? first : firstMonday(year, Month.FEBRUARY);
            }
        };

        abstract void addHolidays(int year, SortedMap<LocalDate, String> days);

        @Override
        public String country() {
            return name();
        }

        @Override
        public boolean hasHolidayTable() {
            return true;
        }

        @Override
        public SortedMap<LocalDate, String> holidaysIn(int year) {
            SortedMap<LocalDate, String> days = new TreeMap<>();
            addHolidays(year, days);
            return Collections.unmodifiableSortedMap(days);
        }

        /** The holidays FR and BE share: the Christian feasts and New Year's Day. */
        static void addEasterBased(int year, SortedMap<LocalDate, String> days) {
            LocalDate easter = Easter.sunday(year);
            add(days, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
            add(days, easter.plusDays(1), "Easter Monday");
            add(days, easter.plusDays(39), "Ascension Day");
            add(days, easter.plusDays(50), "Whit Monday");
            add(days, LocalDate.of(year, Month.AUGUST, 15), "Assumption Day");
            add(days, LocalDate.of(year, Month.NOVEMBER, 1), "All Saints' Day");
            add(days, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        }

        // Two feasts can fall on one day (Ascension on 1 May in 2008): keep both names, count one date.
        static void add(SortedMap<LocalDate, String> days, LocalDate date, String name) {
            days.merge(date, name, (first, second) -> first + " and " + second);
        }

        static LocalDate firstMonday(int year, Month month) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
    }

    /**
     * A country without a holiday table: only Saturdays and Sundays are non-working days.
     *
     * @param country the ISO 3166-1 alpha-2 code, upper case
     */
    record WeekendsOnly(String country) implements HolidayCalendar {

        /** Checks that the code is two upper-case letters; prefer {@link HolidayCalendar#of(String)}. */
        public WeekendsOnly {
            Objects.requireNonNull(country, "country");
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not an upper-case ISO 3166-1 alpha-2 code: '" + country + "'");
            }
        }

        @Override
        public SortedMap<LocalDate, String> holidaysIn(int year) {
            return Collections.emptySortedMap();
        }

        @Override
        public boolean hasHolidayTable() {
            return false;
        }
    }
}
