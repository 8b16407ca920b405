package org.optout.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optout.TestFiles;
import org.optout.catalogue.Platform.ContactType;
import org.optout.schema.YamlDocuments;

/** The catalogue shipped in the repository: every file valid, every platform complete, every reference resolved. */
class BundledCatalogueTest {
    static final List<String> EXPECTED_IDS = List.of("chatgpt", "claude", "copilot", "deepseek", "gemini", "grok",
            "le-chat", "linkedin", "meta-ai", "whatsapp", "x");
    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE).load(null);
    }

    static Stream<Platform> platforms() {
        List<Platform> all = catalogue == null ? List.of() : catalogue.platforms();
        assertThat(all).isNotEmpty();
        return all.stream();
    }

    @Test
    void holds_the_eleven_platforms_of_the_cnil_guidance() {
        assertThat(catalogue.platforms()).extracting(Platform::id).containsExactlyElementsOf(EXPECTED_IDS);
    }

    @Test
    void holds_the_three_main_authorities() {
        assertThat(catalogue.authorities()).extracting(Authority::id).contains("cnil", "apd", "dpc");
    }

    /** The 27 EU Member States, then Iceland, Liechtenstein and Norway. */
    static final List<String> EU_EEA = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "IS", "LI", "NO");

    @Test
    void every_eu_and_eea_country_has_exactly_one_national_authority_with_sources_and_a_complaint_channel() {
        for (String country : EU_EEA) {
            List<Authority> national = catalogue.authorities().stream()
                    .filter(a -> a.country().equals(country) && a.national()).toList();
            assertThat(national).as(country).hasSize(1);
            assertThat(national.get(0).sources()).as(country).isNotEmpty();
            assertThat(national.get(0).complaintChannels()).as(country).isNotEmpty();
            assertThat(national.get(0).languages()).as(country).isNotEmpty();
        }
        assertThat(catalogue.authorities()).allSatisfy(a -> assertThat(EU_EEA).as(a.id()).contains(a.country()));
    }

    @Test
    void regional_authorities_name_a_region_of_their_country() {
        assertThat(catalogue.authorities().stream().filter(a -> !a.national()))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.region()).as(a.id()).startsWith(a.country() + "-"));
    }

    @Test
    void the_cnil_dpc_and_apd_describe_their_complaint_forms() {
        for (String id : List.of("cnil", "dpc", "apd")) {
            Authority authority = catalogue.authority(id).orElseThrow();
            assertThat(authority.form()).as(id).isNotNull();
            assertThat(authority.form().fields()).as(id).extracting(Authority.FormField::key)
                    .contains("controller", "uploads");
        }
    }

    @Test
    void every_file_in_the_folders_is_loaded() throws Exception {
        try (Stream<Path> platforms = Files.list(TestFiles.CATALOGUE.resolve("platforms"));
             Stream<Path> authorities = Files.list(TestFiles.CATALOGUE.resolve("authorities"))) {
            assertThat(platforms.count()).isEqualTo(catalogue.platforms().size());
            assertThat(authorities.count()).isEqualTo(catalogue.authorities().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void every_platform_is_complete(Platform p) {
        assertThat(p.contacts()).as("channels").isNotEmpty();
        assertThat(p.sources()).as("sources").isNotEmpty();
        assertThat(p.lastVerified()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(p.controller().legalName()).isNotBlank();
        p.leadAuthority().authorityId().ifPresent(id -> assertThat(catalogue.authority(id)).as(id).isPresent());
        assertThat(p.leadAuthority().authority() != null || p.leadAuthority().reason() != null).isTrue();
        boolean letterChannel = switch (p.preferredChannel()) {
            case EMAIL -> p.contacts().stream().anyMatch(c -> c.type() == ContactType.EMAIL);
            case FORM -> p.contacts().stream().anyMatch(c -> c.type() == ContactType.WEB_FORM)
                    || !p.objectionForms().isEmpty();
            case POST -> true;
            case SETTING -> false; // the schema allows email, web_form and post only
        };
        assertThat(letterChannel).as("the preferred channel has a contact").isTrue();
    }

    @Test
    void facts_marked_unconfirmed_in_the_sources_stay_unconfirmed() {
        assertThat(catalogue.platform("claude").leadAuthority().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        // DeepSeek's registered address is not published: the catalogue states none, and says so
        assertThat(catalogue.platform("deepseek").controller().address()).isEmpty();
        assertThat(catalogue.platform("deepseek").controller().addressNote()).isNotNull();
        assertThat(catalogue.platform("grok").euRepresentative().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(catalogue.platform("gemini").contacts())
                .filteredOn(c -> "dpo-google@google.com".equals(c.email()))
                .singleElement().extracting(Platform.Contact::confidence).isEqualTo(Confidence.UNCONFIRMED);
    }

    static Stream<Path> files() throws java.io.IOException {
        try (Stream<Path> platforms = Files.list(TestFiles.CATALOGUE.resolve("platforms"));
             Stream<Path> authorities = Files.list(TestFiles.CATALOGUE.resolve("authorities"))) {
            List<Path> all = Stream.concat(platforms, authorities).sorted().toList();
            assertThat(all).hasSizeGreaterThan(20);
            return all.stream();
        }
    }

    /** What lets optout map the bundled files without validating them again at every run. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void every_bundled_file_validates_against_its_schema(Path file) {
        boolean platform = file.getParent().getFileName().toString().equals("platforms");
        Class<?> type = platform ? Platform.class : Authority.class;
        Object entry = new YamlDocuments().read(file, file.toString(), platform ? "platform" : "authority", type);
        assertThat(entry).isNotNull();
    }

    @Test
    void the_check_reports_no_warning_for_fresh_entries() {
        var result = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE)
                .check(null, LocalDate.of(2026, 11, 22));
        assertThat(result.platforms()).isEqualTo(11);
        assertThat(result.warnings()).isEmpty();
    }
}
