package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The style sheet the typesetter reads: what each element's style computes to (lengths rounded to openhtmltopdf's
 * unit of 0.0375 pt, worked out by hand here), and the CSS it refuses.
 */
class LetterStylesTest {
    private static final String CSS = """
            @page { size: A4 landscape; margin: 15mm 18mm 16mm 18mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                font-size: 7.5pt; color: #555555; } }
            html, body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.3; color: #000000; }
            p { margin: 0 0 1.8mm 0; color: #111111; }
            .x { color: #222222; }
            p.x { font-weight: bold; }
            .box { position: relative; min-height: 75mm; }
            .at { position: absolute; top: 33mm; left: 90mm; width: 80mm; text-align: right; }
            .signature img { display: block; height: 16mm; }
            .big { font-size: 10pt; margin: 1em 0 0.5em 2mm; padding-left: 6mm; }
            ul { white-space: nowrap; word-wrap: break-word; page-break-inside: avoid; }
            .abc { color: #abc; }
            table.register th { border: 0.3pt solid #000000; }
            """;

    private static Document page(String body) {
        return XhtmlParser.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
                + body + "</body></html>", "test");
    }

    /** The computed style of the first element named {@code name} with {@code marker} in its id, from the root. */
    private static BoxStyle style(LetterStyles styles, Document document, String id) throws NotTypesettable {
        Element target = find(document.getDocumentElement(), id);
        java.util.ArrayDeque<Element> path = new java.util.ArrayDeque<>();
        for (Node at = target; at instanceof Element up; at = at.getParentNode()) {
            path.push(up);
        }
        BoxStyle style = BoxStyle.ROOT;
        for (Element element : path) {
            style = styles.style(element, style);
        }
        return style;
    }

    private static Element find(Element from, String id) {
        if (id.equals(from.getAttribute("id"))) {
            return from;
        }
        for (Node child = from.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Element found = find(element, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void lengths_fonts_and_colours_compute_as_openhtmltopdf_rounds_them() throws Exception {
        LetterStyles styles = LetterStyles.parse(CSS);
        Document document = page("<p id=\"p\">a <span id=\"s\">b</span></p><div class=\"big\" id=\"big\">c</div>"
                + "<ul id=\"ul\"><li id=\"li\">d</li></ul><div class=\"abc\" id=\"abc\">e</div>");

        BoxStyle p = style(styles, document, "p");
        assertThat(p.fontSize()).isCloseTo(9.4875f, within(1e-4f));            // 9.5 pt = 253.3 units of 0.0375 pt: 253
        assertThat(p.lineHeight()).isCloseTo(1.3f, within(1e-4f));
        assertThat(p.marginBottom()).isCloseTo(5.1f, within(1e-4f));           // 1.8 mm = 5.102 pt: 136 units
        assertThat(p.marginTop()).isZero();
        assertThat(p.rgb()).isEqualTo(0x111111);
        BoxStyle span = style(styles, document, "s");
        assertThat(span.rgb()).as("inherited").isEqualTo(0x111111);
        assertThat(span.marginBottom()).as("not inherited").isZero();
        BoxStyle big = style(styles, document, "big");
        assertThat(big.fontSize()).isCloseTo(10.0125f, within(1e-4f));    // 10 pt = 266.7 units: 267
        assertThat(big.marginTop()).as("1em").isCloseTo(10.0125f, within(1e-4f));
        assertThat(big.marginBottom()).as("0.5em: 133.5 units, 134").isCloseTo(5.025f, within(1e-4f));
        assertThat(big.marginLeft()).isCloseTo(5.6625f, within(1e-4f));        // 2 mm = 5.669 pt: 151 units
        assertThat(big.paddingLeft()).isCloseTo(17.0250f, within(1e-4f));      // 6 mm = 17.008 pt: 454 units
        BoxStyle li = style(styles, document, "li");
        assertThat(li.nowrap()).isTrue();
        assertThat(li.breakWord()).isTrue();
        assertThat(li.avoidBreakInside()).as("not inherited").isFalse();
        assertThat(style(styles, document, "ul").avoidBreakInside()).isTrue();
        assertThat(style(styles, document, "abc").rgb()).isEqualTo(0xAABBCC);
    }

    @Test
    void the_more_specific_rule_wins_whatever_its_place_and_an_inline_style_wins_over_all() throws Exception {
        LetterStyles styles = LetterStyles.parse(CSS + " .x { color: #333333; } p { color: #444444; }");
        Document document = page("<p class=\"x\" id=\"px\">a</p><div class=\"x\" id=\"dx\">b</div>"
                + "<p class=\"x\" style=\"color: #999999\" id=\"inline\">c</p><p class=\"y x\" id=\"yx\">d</p>"
                + "<p class=\"xx\" id=\"xx\">e</p>");

        assertThat(style(styles, document, "px").rgb()).isEqualTo(0x333333);
        assertThat(style(styles, document, "px").bold()).isTrue();
        assertThat(style(styles, document, "dx").bold()).isFalse();
        assertThat(style(styles, document, "inline").rgb()).isEqualTo(0x999999);
        assertThat(style(styles, document, "yx").rgb()).isEqualTo(0x333333);
        assertThat(style(styles, document, "xx").rgb()).as("class xx is not x").isEqualTo(0x444444);
    }

    @Test
    void descendant_selectors_and_positions() throws Exception {
        LetterStyles styles = LetterStyles.parse(CSS);
        Document document = page("<div class=\"box\" id=\"box\"><div class=\"at\" id=\"at\">a</div></div>"
                + "<div class=\"signature\"><div><img id=\"img\" src=\"x\" alt=\"\"/></div></div>"
                + "<img id=\"bare\" src=\"y\" alt=\"\"/>");

        BoxStyle box = style(styles, document, "box");
        assertThat(box.position()).isEqualTo(BoxStyle.Position.RELATIVE);
        assertThat(box.minHeight()).isCloseTo(212.5875f, within(1e-4f));       // 75 mm = 212.598 pt: 5669 units
        BoxStyle at = style(styles, document, "at");
        assertThat(at.position()).isEqualTo(BoxStyle.Position.ABSOLUTE);
        assertThat(at.top()).isCloseTo(93.525f, within(1e-4f));                // 33 mm = 93.543 pt: 2494 units
        assertThat(at.left()).isCloseTo(255.1125f, within(1e-4f));             // 90 mm = 255.118 pt: 6803 units
        assertThat(at.width()).isCloseTo(226.7625f, within(1e-4f));            // 80 mm = 226.772 pt: 6047 units
        assertThat(at.alignRight()).isTrue();
        BoxStyle img = style(styles, document, "img");
        assertThat(img.display()).isEqualTo(BoxStyle.Display.BLOCK);
        assertThat(img.height()).isCloseTo(45.3375f, within(1e-4f));           // 16 mm = 45.354 pt: 1209 units
        assertThat(style(styles, document, "bare").display()).isEqualTo(BoxStyle.Display.UNSET);
        assertThat(style(styles, document, "bare").height()).isNaN();
    }

    @Test
    void the_page_rule_gives_size_margins_and_the_counter_box() throws Exception {
        LetterStyles.Page page = LetterStyles.parse(CSS).page();

        assertThat(page.width()).isCloseTo(841.875f, within(1e-4f));
        assertThat(page.height()).isCloseTo(595.275f, within(1e-4f));
        assertThat(page.marginTop()).isCloseTo(42.525f, within(1e-4f));
        assertThat(page.marginRight()).isCloseTo(51.0375f, within(1e-4f));
        assertThat(page.marginBottom()).isCloseTo(45.3375f, within(1e-4f));
        assertThat(page.marginLeft()).isCloseTo(51.0375f, within(1e-4f));
        assertThat(page.footer()).containsExactly("counter(page)", " / ", "counter(pages)");
        assertThat(page.footerSize()).isCloseTo(7.5f, within(1e-4f));
        assertThat(page.footerRgb()).isEqualTo(0x555555);
        assertThat(LetterStyles.Page.part("counter(page)", 2, 3) + LetterStyles.Page.part(" / ", 2, 3)
                + LetterStyles.Page.part("counter(pages)", 2, 3)).isEqualTo("2 / 3");
        LetterStyles.Page portrait = LetterStyles.parse("@page { size: A4; }").page();
        assertThat(portrait.width()).isCloseTo(595.275f, within(1e-4f));
        assertThat(portrait.height()).isCloseTo(841.875f, within(1e-4f));
        assertThat(portrait.footer()).isEmpty();
    }

    @Test
    void every_unit_is_converted_to_points() throws Exception {
        LetterStyles styles = LetterStyles.parse(".a { margin: 1cm 1in 8px 12pt; } .b { margin: 0; }");
        Document document = page("<div class=\"a\" id=\"a\">a</div><div class=\"b\" id=\"b\">b</div>");

        BoxStyle a = style(styles, document, "a");
        assertThat(a.marginTop()).isCloseTo(28.35f, within(1e-4f));     // 28.346 pt: 756 units
        assertThat(a.marginRight()).isCloseTo(72f, within(1e-4f));
        assertThat(a.marginBottom()).isCloseTo(6f, within(1e-4f));
        assertThat(a.marginLeft()).isCloseTo(12f, within(1e-4f));
        assertThat(style(styles, document, "b").marginLeft()).isZero();
    }

    @Test
    void the_same_style_sheet_is_read_once() throws Exception {
        LetterStyles first = LetterStyles.parse(CSS);

        assertThat(LetterStyles.parse(CSS)).isSameAs(first);
        assertThat(LetterStyles.parse(CSS + " p { color: #000000; }")).isNotSameAs(first);
    }

    @Test
    void class_names_are_whole_words() {
        assertThat(LetterStyles.hasClass("a b", "b")).isTrue();
        assertThat(LetterStyles.hasClass("b", "b")).isTrue();
        assertThat(LetterStyles.hasClass(" b\ta ", "a")).isTrue();
        assertThat(LetterStyles.hasClass("ab", "a")).isFalse();
        assertThat(LetterStyles.hasClass("ba", "a")).isFalse();
        assertThat(LetterStyles.hasClass("a-b", "a")).isFalse();
        assertThat(LetterStyles.hasClass("ba a", "a")).isTrue();
        assertThat(LetterStyles.hasClass("", "a")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p > span { color: #000000; }", "p:first-child { color: #000000; }",
        "@media print { p { color: #000000; } }", "p { color: #000000; }}", "p { color: black; }",
        "@page { size: letter; }", "@page { @top-center { content: \"x\"; } }",
        "@page { @bottom-right { content: counter(chapter); } }", "p { color #000000; }",
        "@font-face { font-family: x; }", "p[lang] { color: #000000; }"})
    void a_style_sheet_outside_the_subset_is_refused_as_a_whole(String css) {
        assertThatThrownBy(() -> {
            LetterStyles styles = LetterStyles.parse(css);
            Document document = page("<p id=\"p\">a</p>");
            style(styles, document, "p");
        }).isInstanceOf(NotTypesettable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text-align: center", "padding-top: 1mm", "padding: 1mm 0 0 0", "margin-top: -1mm",
        "float: left", "font-family: serif", "line-height: 14pt", "line-height: 12", "font-size: 120%",
        "display: none", "display: inline", "display: inline-block", "position: fixed", "line-height: 0",
        "line-height: 10", "line-height: -1", "margin: 1mm 2mm 3mm 4mm 5mm", "width: 10vw", "margin-top: 3"})
    void a_property_outside_the_subset_is_refused_where_it_applies(String declaration) throws Exception {
        LetterStyles styles = LetterStyles.parse("p { " + declaration + "; } table { float: left; }");
        Document document = page("<p id=\"p\">a</p><div id=\"d\">b</div>");

        assertThat(style(styles, document, "d").fontSize()).as("a rule for no element is never applied").isEqualTo(12f);
        assertThatThrownBy(() -> style(styles, document, "p")).isInstanceOf(NotTypesettable.class);
    }
}
