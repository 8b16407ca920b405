package org.optout.followup;

import java.time.LocalDate;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.catalogue.Language;
import org.optout.letter.LetterWriter;

/**
 * The calendar's texts in one language, from {@code org/optout/followup/calendar*.properties} (UTF-8). A text names
 * its values in braces, {@code {platform}}; a brace left unfilled is a bug, not a text to print.
 */
final class CalendarTexts {
    static final String BUNDLE = "org.optout.followup.calendar";
    private static final Pattern VALUE = Pattern.compile("\\{([a-z]+)}");

    private final ResourceBundle bundle;
    private final Language language;

    private CalendarTexts(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** The texts in {@code language}; English is the base bundle, and the JVM's default locale is never asked. */
    static CalendarTexts of(Language language) {
        return new CalendarTexts(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language);
    }

    /** The text {@code key} with its values filled in. */
    String text(String key, Map<String, String> values) {
        Matcher m = VALUE.matcher(bundle.getString(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(BUNDLE + " (" + language.code() + "): " + key + " names {"
                        + m.group(1) + "}, which the calendar does not give");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A date written out in the language, as in the letters. */
    String date(LocalDate date) {
        return LetterWriter.formatDate(date, language);
    }
}
