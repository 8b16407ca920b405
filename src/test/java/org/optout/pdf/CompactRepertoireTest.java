package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactRepertoireTest {
    @Test
    void latin_greek_cyrillic_and_letter_punctuation_are_covered() {
        assertThat(CompactRepertoire.covers("Élodie Łucja Ștefan Ελένη Иван „x“ «y» – — … € № ™ ‰ ʼ ˇ ˝\n\t")).isTrue();
        assertThat(CompactRepertoire.covers("")).isTrue();
    }

    @Test
    void other_scripts_and_characters_outside_the_plane_are_not() {
        assertThat(CompactRepertoire.covers("Արամ")).isFalse();
        assertThat(CompactRepertoire.covers("ễ")).isFalse();
        assertThat(CompactRepertoire.covers("a\u007F")).isFalse();
        assertThat(CompactRepertoire.covers("漢")).isFalse();
        assertThat(CompactRepertoire.covers("x \uD83D\uDE00")).isFalse();
        assertThat(CompactRepertoire.covers("Іван")).isTrue();
        assertThat(CompactRepertoire.covers("Ѣ")).isFalse();
    }

    @Test
    void range_ends_are_inclusive() {
        assertThat(CompactRepertoire.contains(0x20)).isTrue();
        assertThat(CompactRepertoire.contains(0x7E)).isTrue();
        assertThat(CompactRepertoire.contains(0x7F)).isFalse();
        assertThat(CompactRepertoire.contains(0x9F)).isFalse();
        assertThat(CompactRepertoire.contains(0xA0)).isTrue();
        assertThat(CompactRepertoire.contains(0x17F)).isTrue();
        assertThat(CompactRepertoire.contains(0x180)).isFalse();
        assertThat(CompactRepertoire.contains(0x217)).isFalse();
        assertThat(CompactRepertoire.contains(0x218)).isTrue();
        assertThat(CompactRepertoire.contains(0x45F)).isTrue();
        assertThat(CompactRepertoire.contains(0x460)).isFalse();
        assertThat(CompactRepertoire.contains(0x2122)).isTrue();
        assertThat(CompactRepertoire.contains(0x2123)).isFalse();
        assertThat(CompactRepertoire.contains(0x1F)).isFalse();
    }

    @Test
    void the_code_points_are_those_of_the_ranges() {
        assertThat(CompactRepertoire.codePoints().filter(cp -> !CompactRepertoire.contains(cp)).count()).isZero();
        assertThat(CompactRepertoire.codePoints().count()).isEqualTo(95 + 224 + 4 + 1 + 2 + 6 + 144 + 96 + 24 + 11 + 3);
    }
}
