package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterTemplates;
import org.optout.pdf.PdfFacts;
import org.optout.schema.YamlDocuments;

/**
 * The campaign documents in every language, with the longest member data the members file allows: each fits on two
 * pages, is PDF/A, is in its own language only, and says what the record says (the mandate's date only when signed).
 */
class CampaignTemplatesTest {
    private static Association association;
    private static Platform linkedin;
    private static final String SITUATION = ("Mes publications parlent de mon travail et de ma santé. ").repeat(26)
            .strip();

    @BeforeAll
    static void load() {
        association = GeneratedMembers.sampleAssociation();
        linkedin = GeneratedMembers.catalogue().platform("linkedin");
    }

    private static Member member(Language language, LocalDate signedOn) {
        return new Member("M1", "Marie-Christine Van der Straeten-Oudenhove de Wijngaert", "marie@example.org",
                List.of("Avenue de la Couronne 123, boîte 45", "Résidence Les Tilleuls, bloc C", "1050 Ixelles"), "BE",
                language, SITUATION, signedOn, Map.of("linkedin", "https://www.linkedin.com/in/marie-christine-vds"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Élodie Lefèvre  | d’Élodie Lefèvre",
        "Yves Martin     | d’Yves Martin",
        "Isabelle Roy    | d’Isabelle Roy",
        "Jan De Smedt    | de Jan De Smedt",
        "Yasmine Haddad  | de Yasmine Haddad",
        "Hugo Lambert    | de Hugo Lambert"})
    void the_french_letter_elides_de_and_que_before_a_vowel(String name, String afterDe) {
        Platform claude = new CatalogueLoader(new YamlDocuments(), Bundled.catalogue()).load(null).platform("claude");
        Member member = new Member("M1", name, "m@example.org", List.of("Rue Haute 1", "1000 Bruxelles"), "BE",
                Language.FR, null, LocalDate.of(2026, 10, 2), Map.of());
        MandatedLetters letters = new MandatedLetters(new LetterTemplates((Path) null), association, List.of(claude),
                LocalDate.of(2026, 11, 22));

        String text = letters.objectionText(member, claude);
        String pdf = PdfFacts.of(letters.objection(member, claude).pdf()).flatText();

        for (String letter : List.of(text.replaceAll("\\s+", " "), pdf)) {
            assertThat(letter).contains("Opposition, au nom " + afterDe + ", à l’utilisation",
                    "au nom et pour le compte " + afterDe + ", qui lui a donné mandat",
                    "modèles génératifs, qu’Anthropic").doesNotContain(" de É", " de I", " que A", "de Yv");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_association_s_legal_form_is_named_in_the_letter_s_language(Language language) {
        String legalForm = switch (language) {
            case FR -> "association sans but lucratif (ASBL)";
            case NL -> "vereniging zonder winstoogmerk (vzw)";
            case EN -> "non-profit association (ASBL)";
            case DE -> "Vereinigung ohne Gewinnerzielungsabsicht (VoG)";
        };
        Member member = member(language, LocalDate.of(2026, 10, 2));

        String objection = PdfFacts.of(letters().objection(member, linkedin).pdf()).flatText();
        String mandate = PdfFacts.of(letters().mandate(member(language, null)).pdf()).flatText();

        assertThat(objection).contains(association.name() + ", " + legalForm);
        assertThat(mandate).contains(legalForm);
        for (String other : List.of("association sans but lucratif", "vereniging zonder winstoogmerk",
                "non-profit association", "Vereinigung ohne")) {
            if (!legalForm.startsWith(other)) {
                assertThat(objection + mandate).doesNotContain(other);
            }
        }
    }

    private static MandatedLetters letters() {
        return new MandatedLetters(new LetterTemplates((Path) null), association, List.of(linkedin),
                LocalDate.of(2026, 11, 22));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_objection_fits_two_pages_is_pdfa_and_cites_the_mandate_and_article_80(Language language) {
        Member member = member(language, LocalDate.of(2026, 10, 2));
        MandatedLetters.Rendered objection = letters().objection(member, linkedin);

        PdfFacts pdf = PdfFacts.of(objection.pdf());
        assertThat(pdf.pages()).isLessThanOrEqualTo(2);
        assertThat(PdfFacts.pdfaViolations(objection.pdf())).isEmpty();
        assertThat(objection.file()).isEqualTo("objection-linkedin-" + language.code() + ".pdf");
        String text = pdf.flatText();
        assertThat(text).contains(member.name(), association.name(), "LinkedIn Ireland Unlimited Company",
                "https://www.linkedin.com/in/marie-christine-vds", "marie@example.org", "Claire Vandenberghe",
                association.article80().statutoryObjectives().get(language.code()),
                association.representative().role().get(language.code()),
                switch (language) {
                    case FR -> "2 octobre 2026";
                    case EN -> "2 October 2026";
                    case NL -> "2 oktober 2026";
                    case DE -> "2. Oktober 2026";
                });
        assertThat(text).contains(switch (language) {
            case FR -> "article 80, paragraphe 1";
            case EN -> "Article 80(1)";
            case NL -> "artikel 80, lid 1";
            case DE -> "Art. 80 Abs. 1";
        });
        String text2 = letters().objectionText(member, linkedin);
        assertThat(text2.lines().findFirst().orElseThrow()).contains(member.name());
        assertThat(text2).contains(association.email()).doesNotContain("<").doesNotContain("&amp;");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_mandate_leaves_place_and_date_blank_until_signed_and_says_it_can_be_withdrawn(Language language) {
        MandatedLetters.Rendered mandate = letters().mandate(member(language, null));

        PdfFacts pdf = PdfFacts.of(mandate.pdf());
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(PdfFacts.pdfaViolations(mandate.pdf())).isEmpty();
        assertThat(mandate.file()).isEqualTo("mandate-" + language.code() + ".pdf");
        assertThat(pdf.flatText()).contains("Marie-Christine", association.name(), "LinkedIn", "………",
                switch (language) {
                    case FR -> "retirer ce mandat à tout moment";
                    case EN -> "withdraw this mandate at any time";
                    case NL -> "mandaat op elk moment intrekken";
                    case DE -> "Vollmacht jederzeit widerrufen";
                });
    }
}
