package org.optout.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Computes GDPR art. 12(3) response deadlines under Regulation 1182/71 and EDPB Guidelines 01/2022 §§159–161:
 * the same day number {@code months} later (or the last day of a shorter month), plus any identity-check pause,
 * then moved forward to the next working day of each country; the latest of the countries' dates wins.
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    /**
     * The one-month deadline of art. 12(3), without pauses.
     *
     * @param receipt   the day the request reached an official channel of the controller
     * @param countries the ISO codes of the countries whose calendars apply (e.g. the controller's and the user's)
     * @return the latest of the countries' deadlines, explained
     */
    public static Deadline oneMonth(LocalDate receipt, List<String> countries) {
        return compute(receipt, 1, countries, List.of());
    }

    /**
     * The ceiling when the controller extends the period "by two further months": three months from receipt,
     * the reading the CNIL states ("3 mois maximum"), without pauses.
     *
     * @param receipt   the day the request reached an official channel of the controller
     * @param countries the ISO codes of the countries whose calendars apply
     * @return the latest of the countries' three-month deadlines, explained
     */
    public static Deadline extended(LocalDate receipt, List<String> countries) {
        return compute(receipt, 3, countries, List.of());
    }

    /**
     * Whether a notice of extension was given in time: art. 12(3) requires it within the one-month period.
     *
     * @param receipt    the day the request reached the controller
     * @param noticeDate the day the controller informed the user of the extension
     * @param countries  the ISO codes of the countries whose calendars apply
     * @return true when the notice is on or before the one-month deadline
     */
    public static boolean extensionNoticeInTime(LocalDate receipt, LocalDate noticeDate, List<String> countries) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        return !noticeDate.isAfter(oneMonth(receipt, countries).date());
    }

    /**
     * Computes a deadline.
     *
     * @param receipt   the day the request reached an official channel of the controller (not counted, art. 3(1))
     * @param months    the period in months, 1 to 3
     * @param countries the ISO codes of the countries whose calendars apply; duplicates are ignored
     * @param pauses    identity-check pauses, each starting on or after receipt and not overlapping
     * @return the latest of the per-country deadlines, with the explanation of every step
     * @throws AppException             (usage) if receipt is outside {@link DateRange}, months is not 1..3, or
     *                                  countries is empty or holds an invalid code
     * @throws IllegalArgumentException if a pause starts before receipt or overlaps another (callers build pauses
     *                                  from recorded events and clip them, so this is a bug)
     */
    public static Deadline compute(LocalDate receipt, int months, List<String> countries, List<Pause> pauses) {
        Objects.requireNonNull(receipt, "receipt");
        Optional<Message> outside = DateRange.problem(receipt);
        if (outside.isPresent()) {
            throw AppException.usage(Message.of("error.receipt_outside", outside.get()));
        }
        if (months < 1 || months > 3) {
            throw AppException.usage(Message.of("error.period_months", months));
        }
        List<HolidayCalendar> calendars = calendars(countries);
        checkPauses(receipt, pauses);
        List<Message> lines = new ArrayList<>();
        LocalDate end = pausedEnd(receipt, months, pauses, lines);
        Map<String, LocalDate> byCountry = new LinkedHashMap<>();
        for (HolidayCalendar calendar : calendars) {
            byCountry.put(calendar.country(), nextWorkingDay(end, calendar, lines));
        }
        LocalDate latest = Collections.max(byCountry.values());
        if (byCountry.size() > 1) {
            lines.add(comparison(byCountry, latest));
        }
        boolean weekendsOnly = calendars.stream().anyMatch(calendar -> !calendar.hasHolidayTable());
        return new Deadline(latest, lines, List.copyOf(byCountry.keySet()), weekendsOnly);
    }

    // Art. 3(2)(c) of 1182/71: the same date in the last month, or that month's last day if it has no such date.
    private static LocalDate pausedEnd(LocalDate receipt, int months, List<Pause> pauses, List<Message> lines) {
        lines.add(Message.of("deadline.received", receipt, receipt.getDayOfWeek()));
        LocalDate end = receipt.plusMonths(months);
        lines.add(Message.of("deadline.later", months, end));
        if (end.getDayOfMonth() != receipt.getDayOfMonth()) {
            lines.add(Message.of("deadline.no_such_day", receipt.getDayOfMonth(), end.getMonth()));
        }
        for (Pause pause : pauses) {
            lines.add(Message.of("deadline.paused", pause.from(), pause.to(), pause.days()));
            end = end.plusDays(pause.days());
        }
        if (!pauses.isEmpty()) {
            lines.add(Message.of("deadline.stopped", end));
        }
        return end;
    }

    private static List<HolidayCalendar> calendars(List<String> countries) {
        Objects.requireNonNull(countries, "countries");
        if (countries.isEmpty()) {
            throw AppException.usage(Message.of("error.no_country"));
        }
        return countries.stream().map(HolidayCalendar::of).distinct().toList();
    }

    // Overlapping pauses would count the same stopped days twice.
    private static void checkPauses(LocalDate receipt, List<Pause> pauses) {
        Objects.requireNonNull(pauses, "pauses");
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        for (int i = 0; i < sorted.size(); i++) {
            Pause pause = sorted.get(i);
            if (pause.from().isBefore(receipt)) {
                throw new IllegalArgumentException(
                        "identity check pause starts (" + pause.from() + ") before the receipt (" + receipt + ")");
            }
            if (i > 0 && pause.from().isBefore(sorted.get(i - 1).to())) {
                throw new IllegalArgumentException("identity check pauses overlap: " + sorted.get(i - 1).from()
                        + " → " + sorted.get(i - 1).to() + " and " + pause.from() + " → " + pause.to());
            }
        }
    }

    // Art. 3(4) of 1182/71: a period ending on a Saturday, Sunday or public holiday ends on the next working day.
    private static LocalDate nextWorkingDay(LocalDate end, HolidayCalendar calendar, List<Message> lines) {
        if (!calendar.hasHolidayTable()) {
            lines.add(Message.of("deadline.no_holidays", calendar.country()));
        }
        LocalDate day = end;
        while (!calendar.isWorkingDay(day)) {
            lines.add(whyNotWorking(day, calendar));
            day = day.plusDays(1);
        }
        lines.add(Message.of("deadline.day", day, calendar.country()));
        return day;
    }

    private static Message whyNotWorking(LocalDate day, HolidayCalendar calendar) {
        String holiday = calendar.holiday(day).orElse(null);
        if (!HolidayCalendar.isWeekend(day)) {
            return Message.of("deadline.holiday", day, holiday, calendar.country());
        }
        return holiday == null ? Message.of("deadline.weekend", day, day.getDayOfWeek())
                : Message.of("deadline.weekend_holiday", day, day.getDayOfWeek(), holiday, calendar.country());
    }

    private static Message comparison(Map<String, LocalDate> byCountry, LocalDate latest) {
        if (byCountry.values().stream().allMatch(latest::equals)) {
            return Message.of("deadline.same", joined(List.copyOf(byCountry.keySet())), latest);
        }
        List<Object> parts = byCountry.entrySet().stream()
                .map(e -> (Object) Message.of("deadline.country_date", e.getKey(), e.getValue())).toList();
        return Message.of(parts.size() == 2 ? "deadline.later_of" : "deadline.latest_of", joined(parts), latest);
    }

    /** "a, b and c", each part a message or a word. */
    private static Message joined(List<?> parts) {
        int last = parts.size() - 1;
        Message list = Message.of("deadline.and", parts.get(last - 1), parts.get(last));
        for (int i = last - 2; i >= 0; i--) {
            list = Message.of("deadline.comma", parts.get(i), list);
        }
        return list;
    }
}
