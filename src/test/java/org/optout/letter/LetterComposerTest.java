package org.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.optout.catalogue.Language;

class LetterComposerTest {
    @Test
    void french_dates_use_the_ordinal_for_the_first() {
        assertThat(LetterComposer.formatDate(LocalDate.of(2026, 11, 1), Language.FR)).isEqualTo("1er\u00A0novembre\u00A02026");
        assertThat(LetterComposer.formatDate(LocalDate.of(2026, 2, 9), Language.FR)).isEqualTo("9\u00A0février\u00A02026");
        assertThat(LetterComposer.formatDate(LocalDate.of(2026, 11, 1), Language.EN)).isEqualTo("1\u00A0November\u00A02026");
    }

    @Test
    void guesses_the_kind_of_account_identifier() {
        assertThat(LetterComposer.kindOf("https://www.linkedin.com/in/x")).isEqualTo("profile_url");
        assertThat(LetterComposer.kindOf("+33 6 12 34 56 78")).isEqualTo("phone");
        assertThat(LetterComposer.kindOf("me@example.org")).isEqualTo("email");
        assertThat(LetterComposer.kindOf("@camille")).isEqualTo("username");
    }

    @Test
    void country_names_follow_the_letter_language() {
        assertThat(LetterComposer.countryName("IE", Language.FR)).isEqualTo("Irlande");
        assertThat(LetterComposer.countryName("IE", Language.EN)).isEqualTo("Ireland");
    }
}
