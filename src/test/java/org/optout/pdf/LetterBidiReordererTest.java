package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.BidiSplitter;
import org.junit.jupiter.api.Test;

/** Right-to-left text as PDFBox will draw it: Arabic letters joined, runs reversed, extraction unchanged. */
class LetterBidiReordererTest {
    private final LetterBidiReorderer reorderer = new LetterBidiReorderer();

    @Test
    void arabic_letters_take_their_joined_forms_and_lam_alef_its_ligature() {
        // meem initial, hah medial, meem medial, dal final; alef (joins nothing after it), lam-alef-hamza isolated
        assertThat(reorderer.shapeText("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
        assertThat(reorderer.shapeText("الأ")).isEqualTo("\uFE8D\uFEF7");
        assertThat(reorderer.shapeText("Camille")).isEqualTo("Camille");
    }

    @Test
    void unshaping_gives_back_the_letters() {
        String name = "محمد الأحمد";
        assertThat(reorderer.deshapeText(reorderer.shapeText(name))).isEqualTo(name);
    }

    @Test
    void a_run_is_reversed_with_marks_after_their_letter_and_brackets_mirrored() {
        assertThat(reorderer.reorderRTLTextToLTR("דוד כהן")).isEqualTo("ןהכ דוד");
        assertThat(reorderer.reorderRTLTextToLTR("(بَ)")).isEqualTo("(بَ)");
    }

    @Test
    void paragraphs_split_into_runs_in_visual_order() {
        LetterBidiSplitter splitter = new LetterBidiSplitter();
        splitter.setParagraph("Camille דוד כהן", BidiSplitter.LTR);
        assertThat(splitter.countTextRuns()).isEqualTo(2);
        assertThat(splitter.getVisualRun(1).getDirection()).isEqualTo(BidiSplitter.RTL);
        assertThat(splitter.getBaseDirection("  דוד Camille")).isEqualTo(BidiSplitter.RTL);
        assertThat(splitter.getBaseDirection("12 ")).isEqualTo(BidiSplitter.NEUTRAL);
        splitter.setParagraph("Camille Durand", BidiSplitter.LTR);
        assertThat(splitter.countTextRuns()).isEqualTo(1);
    }
}
