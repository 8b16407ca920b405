package org.optout.deadline;

import java.time.LocalDate;

/**
 * Western (Gregorian) Easter Sunday, computed with the revised method that python-dateutil uses
 * ({@code easter(year, EASTER_WESTERN)}, after Claus Tøndering), which the facts file names as the reference.
 */
public final class Easter {
    /** First year of the Gregorian calendar for which the computus is defined. */
    public static final int FIRST_YEAR = 1583;
    /** Last year for which the method is documented as valid. */
    public static final int LAST_YEAR = 4099;

    private Easter() {
    }

    /**
     * Easter Sunday of the given year.
     *
     * @param year a Gregorian year from 1583 to 4099
     * @return the date of Easter Sunday
     * @throws IllegalArgumentException if the year is outside 1583–4099
     */
    public static LocalDate sunday(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Easter is only computed for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        int golden = year % 19;
        int century = year / 100;
        // Days from 21 March to the Paschal full moon, with the Gregorian solar and lunar corrections.
        int epact = (century - century / 4 - (8 * century + 13) / 25 + 19 * golden + 15) % 30;
        int fullMoon = epact - (epact / 28) * (1 - (epact / 28) * (29 / (epact + 1)) * ((21 - golden) / 11));
        int weekday = (year + year / 4 + fullMoon + 2 - century + century / 4) % 7;
        // Easter Sunday is 28 March plus this offset (-6..28, i.e. 22 March..25 April).
        int offset = fullMoon - weekday;
        int day = 1 + (offset + 27 + (offset + 6) / 40) % 31;
        int month = 3 + (offset + 26) / 30;
        return LocalDate.of(year, month, day);
    }
}
