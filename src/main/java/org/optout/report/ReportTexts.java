package org.optout.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.optout.letter.LetterWriter;
import org.optout.tracker.RequestStatus;
import org.optout.ui.Texts;

/** The report's words, numbers and dates in one language (texts under {@code report.*}). */
final class ReportTexts {
    private final Texts texts;

    ReportTexts(Texts texts) {
        this.texts = texts;
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    Locale locale() {
        return texts.language().locale();
    }

    String languageCode() {
        return texts.language().code();
    }

    /** A status as the report names it (a phrase, where the command line shows an identifier). */
    String status(RequestStatus status) {
        return texts.get("report.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** Answered, refused, awaiting in time, overdue: the order of {@link Answers}' components. */
    List<String> answerKinds() {
        return List.of(get("report.answer.answered"), get("report.answer.refused"), get("report.answer.unanswered"),
                get("report.answer.overdue"));
    }

    /** A whole number with the language's grouping (1,234 / 1 234 / 1.234). */
    String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** A measured number of days, to one decimal at most. */
    String decimal(double n) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(n);
    }

    /** A date written out, as in the letters ("12 mars 2026"). */
    String date(LocalDate date) {
        return LetterWriter.formatDate(date, texts.language());
    }

    /** A date in a table column: short and sortable by eye (ISO). */
    String day(LocalDate date) {
        return date.toString();
    }
}
