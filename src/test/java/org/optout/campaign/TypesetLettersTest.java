package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterTemplates;
import org.optout.pdf.PdfEngines;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfLines;

/**
 * The campaign letters laid out by optout's own typesetter come out as openhtmltopdf lays them out: the same lines,
 * on the same pages, at the same places, in the same faces.
 */
class TypesetLettersTest {
    private static final float TOLERANCE = 0.1f;
    /** 160 members; fewer for mutation testing, which runs this test once per mutant (OPTOUT_TYPESET_MEMBERS). */
    private static final int MEMBERS = Integer.parseInt(System.getenv().getOrDefault("OPTOUT_TYPESET_MEMBERS", "160"));
    private static Association association;
    private static List<Platform> platforms;
    private static MandatedLetters ours;
    private static MandatedLetters theirs;

    @BeforeAll
    static void load() {
        association = GeneratedMembers.sampleAssociation();
        platforms = GeneratedMembers.catalogue().platforms();
        LocalDate date = LocalDate.of(2026, 11, 22);
        ours = new MandatedLetters(new LetterTemplates((Path) null), association, platforms, date);
        theirs = new MandatedLetters(new LetterTemplates((Path) null), association, platforms, date,
                PdfEngines.openhtmltopdfOnly());
    }

    @Test
    void campaign_letters_are_laid_out_as_openhtmltopdf_lays_them_out() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < MEMBERS; i++) {
            Member member = member(i);
            Platform platform = platforms.get(i % platforms.size());
            compared += compare(member.memberId() + " " + platform.id(), ours.objection(member, platform).pdf(),
                    theirs.objection(member, platform).pdf(), differences);
            if (i % 3 == 0) {
                compared += compare(member.memberId() + " mandate", ours.mandate(member).pdf(),
                        theirs.mandate(member).pdf(), differences);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(MEMBERS * 60);
    }

    @Test
    void the_typesetter_draws_them_and_they_look_the_same_to_the_pixel_as_openhtmltopdf_s() {
        for (int i : new int[] {1, 8, 9}) {
            Member member = member(i);
            Platform platform = platforms.get(i % platforms.size());
            byte[] objection = ours.objection(member, platform).pdf();
            byte[] reference = theirs.objection(member, platform).pdf();
            assertThat(PdfEngines.typeset(objection)).isTrue();
            assertThat(PdfEngines.typeset(reference)).isFalse();
            assertThat(PdfFacts.pdfaViolations(objection)).isEmpty();
            assertSamePixels(objection, reference);
            byte[] mandate = ours.mandate(member).pdf();
            assertThat(PdfEngines.typeset(mandate)).isTrue();
            assertThat(PdfFacts.pdfaViolations(mandate)).isEmpty();
            assertSamePixels(mandate, theirs.mandate(member).pdf());
        }
    }

    private static void assertSamePixels(byte[] ours, byte[] theirs) {
        // 97 dpi: at 100, some baselines fall exactly between two of Java 2D's sampling rows, and a difference of
        // a millionth of a point (float rounding) turns a row of pixels dark or light
        List<BufferedImage> mine = PdfEngines.pages(ours, 97);
        List<BufferedImage> reference = PdfEngines.pages(theirs, 97);
        assertThat(mine).hasSameSizeAs(reference);
        for (int page = 0; page < mine.size(); page++) {
            assertThat(PdfEngines.differingPixels(mine.get(page), reference.get(page), 48)).as("page %d", page + 1)
                    .isLessThanOrEqualTo(20);
        }
    }

    private static Member member(int i) {
        Language language = Language.values()[i % Language.values().length];
        String name = List.of("Søren Ødegård", "Marie-Christine Van der Straeten-Oudenhove de Wijngaert",
                "Łukasz Wróbel", "Αλέξανδρος Παπαδόπουλος", "Ольга Смирнова", "Jan De Smedt").get(i % 6) + " " + i;
        String situation = i % 5 == 0 ? null : ("Je suis journaliste et mes publications citent des sources. ")
                .repeat(1 + i * 7 % 17).strip() + (i % 2 == 0 ? "\n\nSecond paragraphe, https://example.org/"
                + "a-very-long-address-without-any-break-opportunity-" + "x".repeat(i * 3) : "");
        List<String> address = i % 4 == 0 ? List.of("Avenue de la Couronne 123, boîte 45",
                "Résidence Les Tilleuls, bloc C", "1050 Ixelles") : List.of("Rue Haute " + i, "1000 Bruxelles");
        // a long address has no break opportunity: the 84 mm sender block breaks it between letters (word-wrap)
        String email = i % 7 == 3 ? "a.very.long.address.to.test.how.the.sender.block.breaks.a.word." + i
                + "@example.org" : "member" + i + "@example.org";
        return new Member("M" + i, name, email, address, i % 2 == 0 ? "BE" : "FR", language,
                situation, i % 3 == 0 ? null : LocalDate.of(2026, 10, 2),
                Map.of(platforms.get(i % platforms.size()).id(), "member" + i + "@example.org"));
    }

    private static int compare(String what, byte[] ours, byte[] theirs, List<String> differences) {
        List<PdfLines> mine = PdfLines.of(ours);
        List<PdfLines> reference = PdfLines.of(theirs);

        for (int k = 0; k < Math.max(mine.size(), reference.size()); k++) {
            PdfLines a = k < mine.size() ? mine.get(k) : null;
            PdfLines b = k < reference.size() ? reference.get(k) : null;
            if (a == null || b == null || a.page() != b.page() || !a.text().equals(b.text())
                    || !a.font().equals(b.font()) || Math.abs(a.size() - b.size()) > 0.01
                    || Math.abs(a.baseline() - b.baseline()) > TOLERANCE || Math.abs(a.x() - b.x()) > TOLERANCE
                    || Math.abs(a.end() - b.end()) > TOLERANCE) {
                differences.add(what + " line " + k + ":\n  ours   " + a + "\n  theirs " + b);
                if (differences.size() > 30) {
                    return k;
                }
                return k;
            }
        }
        return mine.size();
    }
}
