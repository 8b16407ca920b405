package org.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optout.TestFiles;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.profile.Situations;
import org.optout.schema.YamlDocuments;

/**
 * Every language optout defines has what a letter needs: its templates, every catalogue text a letter prints, the
 * typical situations, and its own date format. A language added to {@link Language} fails here until it is complete.
 */
class LanguagesTest {
    private static final List<String> LETTER_TEMPLATES = List.of("objection.ftlx", "objection.txt.ftl", "remind.ftlx",
            "remind.txt.ftl");

    @Test
    void every_language_has_the_letter_and_reminder_templates() {
        for (Language language : Language.values()) {
            for (String template : LETTER_TEMPLATES) {
                assertThat(TestFiles.TEMPLATES.resolve(language.code()).resolve(template))
                        .as(language + " " + template).isRegularFile();
            }
        }
    }

    @Test
    void every_catalogue_text_a_letter_prints_exists_in_every_language() {
        Catalogue catalogue = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE).load(null);
        assertThat(catalogue.platforms()).isNotEmpty();
        for (Platform platform : catalogue.platforms()) {
            for (Platform.Contact contact : platform.contacts()) {
                if (contact.attention() != null) {
                    for (Language language : Language.values()) {
                        assertThat(contact.attention().exactly(language)).as(platform.id() + " attention "
                                + language).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void every_platform_text_the_guide_prints_exists_in_every_language() {
        Catalogue catalogue = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE).load(null);
        for (Platform p : catalogue.platforms()) {
            List<org.optout.catalogue.Localized> texts = new java.util.ArrayList<>();
            p.notes().forEach(n -> texts.add(n.text()));
            p.objectionForms().forEach(f -> {
                texts.add(f.label());
                texts.add(f.fillIn());
            });
            p.nonUser().forEach(r -> {
                texts.add(r.label());
                texts.add(r.fillIn());
            });
            p.contacts().forEach(c -> texts.add(c.note()));
            texts.add(p.controller().addressNote());
            texts.add(p.leadAuthority().reason());
            texts.add(p.legalBasis() == null ? null : p.legalBasis().note());
            texts.add(p.euRepresentative() == null ? null : p.euRepresentative().note());
            for (Language language : Language.values()) {
                for (org.optout.catalogue.Localized text : texts) {
                    if (text != null) {
                        assertThat(text.exactly(language)).as(p.id() + " " + language + ": " + text.en()).isNotBlank();
                    }
                }
                for (Platform.Surface surface : java.util.Arrays.asList(p.optOut().web(), p.optOut().mobile())) {
                    if (surface != null) {
                        assertThat(surface.steps().in(language)).as(p.id() + " steps " + language)
                                .hasSameSizeAs(surface.steps().en());
                        assertThat(language == Language.EN || surface.steps().in(language) != surface.steps().en())
                                .as(p.id() + " steps in " + language).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void every_typical_situation_exists_in_every_language() {
        assertThat(Situations.all()).hasSizeGreaterThanOrEqualTo(6);
        for (Situations.Situation situation : Situations.all()) {
            for (Language language : Language.values()) {
                assertThat(situation.title().exactly(language)).as(situation.id() + " title " + language).isNotBlank();
                assertThat(List.of(situation.fr(), situation.en(), situation.nl(), situation.de()))
                        .as(situation.id()).doesNotContainNull();
            }
        }
    }

    @Test
    void dates_are_written_in_each_language_s_own_way() {
        LocalDate first = LocalDate.of(2026, 11, 1);
        assertThat(LetterComposer.formatDate(first, Language.FR)).isEqualTo("1er\u00A0novembre\u00A02026");
        assertThat(LetterComposer.formatDate(first, Language.EN)).isEqualTo("1\u00A0November\u00A02026");
        assertThat(LetterComposer.formatDate(first, Language.NL)).isEqualTo("1\u00A0november\u00A02026");
        assertThat(LetterComposer.formatDate(first, Language.DE)).isEqualTo("1.\u00A0November\u00A02026");
    }

    @Test
    void an_address_ending_with_its_country_in_any_language_loses_that_line() {
        assertThat(LetterComposer.withoutCountry(List.of("Rue de la Presse 35", "1000 Bruxelles", "Belgique"), "BE"))
                .containsExactly("Rue de la Presse 35", "1000 Bruxelles");
        assertThat(LetterComposer.withoutCountry(List.of("1 Main St", "Dublin 2", "Ireland"), "IE"))
                .containsExactly("1 Main St", "Dublin 2");
        assertThat(LetterComposer.withoutCountry(List.of("Drukpersstraat 35", "België"), "BE"))
                .containsExactly("Drukpersstraat 35");
        assertThat(LetterComposer.withoutCountry(List.of("12 rue des Lilas", "69003 Lyon"), "FR"))
                .containsExactly("12 rue des Lilas", "69003 Lyon");
    }

    @Test
    void the_language_of_a_paragraph_is_told_by_its_common_words() {
        assertThat(LetterWarnings.writtenIn("Je suis infirmière et mes publications parlent de ma santé."))
                .contains(Language.FR);
        assertThat(LetterWarnings.writtenIn("I am a nurse and my posts are about my health and the hospital."))
                .contains(Language.EN);
        assertThat(LetterWarnings.writtenIn("Ik ben verpleegkundige en mijn berichten gaan over mijn gezondheid."))
                .contains(Language.NL);
        assertThat(LetterWarnings.writtenIn("Ich bin Krankenpfleger und meine Beiträge sind über die Gesundheit."))
                .contains(Language.DE);
        assertThat(LetterWarnings.writtenIn("Nurse.")).isEmpty();
    }

    @Test
    void every_language_code_reads_back() {
        for (Language language : Language.values()) {
            assertThat(Language.of(language.code())).contains(language);
        }
        assertThat(Language.of("es")).isEmpty();
    }
}
