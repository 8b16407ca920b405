package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Language;

/** The calendar's texts: every language has every text, with the same values, and none borrows another's. */
class CalendarTextsTest {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(CalendarTexts.BUNDLE, language.locale(), NO_FALLBACK);
    }

    private static Set<String> values(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([a-z]+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_has_every_text_with_the_same_values(Language language) {
        ResourceBundle english = bundle(Language.EN);
        ResourceBundle translated = bundle(language);
        assertThat(english.keySet()).hasSize(8);
        assertThat(translated.keySet()).isEqualTo(english.keySet());
        for (String key : english.keySet()) {
            assertThat(values(translated.getString(key))).as(language + " " + key)
                    .isEqualTo(values(english.getString(key)));
            if (language != Language.EN) {
                assertThat(translated.getString(key)).as(language + " " + key).isNotEqualTo(english.getString(key));
            }
        }
    }

    @Test
    void the_default_locale_never_leaks_into_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(CalendarTexts.of(Language.EN).text("deadline.summary", Map.of("platform", "x", "id", "R1")))
                    .isEqualTo("Response deadline for x (R1)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void texts_are_read_as_utf_8() {
        assertThat(CalendarTexts.of(Language.FR).text("deadline.summary", Map.of("platform", "x", "id", "R1")))
                .isEqualTo("Délai de réponse de x (R1)");
    }
}
