package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The widths the typesetter measures with are the font's advance widths in thousandths of an em, rounded as a PDF's
 * width array holds them. Expected values read from the TTF files' hmtx and cmap tables with a separate script.
 */
class GlyphMetricsTest {

    @Test
    void widths_ascent_and_descent_are_the_font_s() throws Exception {
        GlyphMetrics regular = new GlyphMetrics(LetterFont.REGULAR.parse());

        assertThat(regular.width(' ')).isEqualTo(318);
        assertThat(regular.width('A')).isEqualTo(684);
        assertThat(regular.width('i')).isEqualTo(278);
        assertThat(regular.width('é')).isEqualTo(615);
        assertThat(regular.width('Ж')).isEqualTo(1077);
        assertThat(regular.width('€')).isEqualTo(636);
        assertThat(regular.width('\u2019')).isEqualTo(318);
        assertThat(regular.ascent()).isCloseTo(1901 * 1000f / 2048, within(0.001f));
        assertThat(regular.descent()).isCloseTo(483 * 1000f / 2048, within(0.001f));
    }

    @Test
    void a_character_the_face_lacks_has_no_width() throws Exception {
        GlyphMetrics regular = new GlyphMetrics(LetterFont.REGULAR.parse());

        assertThat(regular.width('\u4E2D')).isEqualTo(-1);
        assertThat(regular.width('\uFFFF')).isEqualTo(-1);
    }

    @Test
    void each_face_has_its_own_and_they_are_read_once() throws Exception {
        GlyphMetrics bold = GlyphMetrics.of(LetterFont.BOLD);

        assertThat(bold.width('M')).isEqualTo(995);
        assertThat(bold.width(' ')).isEqualTo(348);
        assertThat(GlyphMetrics.of(LetterFont.REGULAR).width('M')).isEqualTo(863);
        assertThat(GlyphMetrics.of(LetterFont.BOLD)).isSameAs(bold);
    }
}
