package org.optout.cli;

import org.optout.ui.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Language;

/**
 * Every interface language has every text of {@code texts.properties}, with the same placeholders, and each text
 * is a pattern {@link Texts} can format; no translation keeps a text English no longer has.
 */
class TextsCompletenessTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsCompletenessTest.class.getResourceAsStream("/org/optout/cli/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "NL", "DE"})
    void every_text_is_translated_with_the_same_placeholders(Language language) throws IOException {
        Properties english = texts("texts.properties");
        Properties translated = texts("texts_" + language.code() + ".properties");
        assertThat(translated.stringPropertyNames()).as("keys of texts_%s.properties", language.code())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                wrong.add(key + " = " + text);
            }
            try {
                new MessageFormat(text.replace("'", "''"), language.locale());
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
        }
        assertThat(wrong).as("texts_%s.properties", language.code()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_send_confirmation_offers_the_yes_the_code_accepts(Language language) {
        String question = Texts.of(language).get("send.confirm.question", 2);
        String yes = switch (language) {
            case FR -> "[o/N]";
            case NL, DE -> "[j/N]";
            case EN -> "[y/N]";
        };
        assertThat(question).contains("2").endsWith(yes);
    }
}
