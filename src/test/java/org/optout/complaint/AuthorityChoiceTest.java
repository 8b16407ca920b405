package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.AppException;
import org.optout.TestFiles;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;

/** The default authority is the resident's national one, read from the catalogue; else the lead authority. */
class AuthorityChoiceTest {
    static Catalogue catalogue;

    /** The languages of the bundled complaint templates. */
    static final java.util.Set<Language> COMPLAINT_LANGUAGES = java.util.Set.of(Language.FR, Language.EN, Language.NL);

    @BeforeAll
    static void load() {
        catalogue = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE).load(null);
    }

    @ParameterizedTest
    @CsvSource({"ES, aepd", "IT, garante", "NL, ap", "LU, cnpd", "DE, bfdi", "FR, cnil", "BE, apd", "IE, dpc",
        "AT, dsb", "PL, uodo", "NO, datatilsynet-no"})
    void residents_complain_to_their_national_authority(String country, String expected) {
        assertThat(AuthorityChoice.choose(null, country, catalogue.platform("linkedin"), catalogue).id())
                .isEqualTo(expected);
    }

    @Test
    void outside_the_eea_the_lead_authority_is_the_default() {
        assertThat(AuthorityChoice.choose(null, "CH", catalogue.platform("linkedin"), catalogue).id()).isEqualTo("dpc");
    }

    @Test
    void germany_also_names_its_land_authorities() {
        assertThat(AuthorityChoice.regional(catalogue.authority("bfdi").orElseThrow(), catalogue))
                .extracting(a -> a.id()).contains("berlin-bfdi", "hmbbfdi", "baylda").hasSize(16);
    }

    @Test
    void an_unknown_authority_is_a_usage_error_with_a_suggestion() {
        assertThatThrownBy(() -> AuthorityChoice.choose("cnli", "FR", catalogue.platform("linkedin"), catalogue))
                .isInstanceOf(AppException.class).hasMessageContaining("'cnli' (did you mean 'cnil'?)");
    }

    @Test
    void a_language_optout_does_not_write_gives_english_and_says_so() {
        List<Message> warnings = new ArrayList<>();
        Language language = AuthorityChoice.language(null, catalogue.authority("aepd").orElseThrow(), Language.FR,
                COMPLAINT_LANGUAGES::contains, warnings);
        assertThat(language).isEqualTo(Language.EN);
        assertThat(warnings).extracting(Message::english).singleElement().asString().contains("AEPD takes complaints in es", "in English");
        warnings.clear();
        assertThat(AuthorityChoice.language(null, catalogue.authority("apd").orElseThrow(), Language.EN,
                COMPLAINT_LANGUAGES::contains, warnings)).isEqualTo(Language.FR);
        assertThat(warnings).isEmpty();
        // German is a language optout writes letters in, but it has no complaint template: English, and a warning
        assertThat(AuthorityChoice.language(null, catalogue.authority("bfdi").orElseThrow(), Language.DE,
                COMPLAINT_LANGUAGES::contains, warnings)).isEqualTo(Language.EN);
        assertThat(warnings).extracting(Message::english).singleElement().asString().contains("BfDI takes complaints in de");
    }
}
