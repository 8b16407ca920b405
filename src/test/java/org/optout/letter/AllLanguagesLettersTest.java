package org.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.optout.TestFiles;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * Every bundled platform × {fr, en, nl, de} × access on/off (88 objection letters), rendered by {@link LetterWriter}
 * from the sample profile: PDF/A-3u per veraPDF, at most two pages, no word of another language in the fixed text,
 * the access request (art. 15) only when asked; non-user letters claim no account and print examples as given;
 * the longest letter still fits; the reminders and the situations the profile wizard offers.
 */
class AllLanguagesLettersTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static final String MARKUP = "<b>markup</b>";

    /** English words that give away an untranslated text in a French, Dutch or German letter. */
    private static final List<String> ENGLISH = List.of("apps", "including", "registered", "attn", "fao",
            "to be verified", "data protection officer", "the", "and", "with", "your", "my", "to", "email", "request",
            "objection", "controller", "subject", "dear", "yours", "copy", "please", "setting", "settings", "data",
            "address", "published");
    /** "account" and "of" are also Dutch words ("een account", "of" = "or"): English giveaways in fr and de only. */
    private static final List<String> ENGLISH_NOT_DUTCH = List.of("account", "of");
    /** French words that give away an untranslated text in an English, Dutch or German letter. */
    private static final List<String> FRENCH = List.of("à vérifier", "vérifier", "compte", "déduit", "données",
            "responsable du traitement", "madame", "monsieur", "objet", "copie à", "lettre", "recommandée", "vous",
            "mes", "pour", "avec", "délai", "règlement", "rgpd", "paragraphe", "point", "et", "le", "les", "du",
            "adresse électronique");
    /** German words that give away an untranslated text in a Dutch letter. */
    private static final List<String> GERMAN = List.of("und", "das", "ich", "nicht", "mit", "daten", "verantwortliche",
            "verantwortlicher", "widerspruch", "dsgvo", "konto", "händen", "unverzüglich", "sehr", "geehrte", "grüßen",
            "bitte", "abs", "lit", "ß", "ä", "ö");
    /** Dutch words that give away an untranslated text in a German letter. */
    private static final List<String> DUTCH = List.of("het", "een", "niet", "gegevens", "verwerking", "bezwaar",
            "verzoek", "artikel", "lid", "onder", "ik", "mijn", "uw", "geachte", "hoogachtend", "avg", "van",
            "verwerkingsverantwoordelijke", "aangetekende", "ontvangstbewijs", "ĳ");

    /**
     * An address line that is not an address: an English attention line ("Attn: DPO", "FAO x.ai", "Data
     * Protection Officer") or a note ("full address not published"). The recipient's address lines are cut out
     * of the word scan (an Irish address is English: "The Liffey Trust Centre"), so they get this check instead:
     * outside English letters, the attention line is the model's {@code recipient.attention}, in the letter's
     * language.
     */
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile("(?i)^\\s*(attn\\b|fao\\b|for the attention|c/o\\b)"
            + "|\\b(data protection officer|privacy (team|operations|policy)|registered address|not published"
            + "|to be verified)\\b");

    /** What must not appear in a letter in each language. */
    private static final Map<Language, List<String>> GIVEAWAYS = new EnumMap<>(Map.of(
            Language.FR, concat(ENGLISH, ENGLISH_NOT_DUTCH),
            Language.EN, FRENCH,
            Language.NL, concat(ENGLISH, FRENCH, GERMAN),
            Language.DE, concat(ENGLISH, ENGLISH_NOT_DUTCH, FRENCH, DUTCH)));

    /** How each language cites the access request (art. 15) and an account claim. */
    private static final Map<Language, Pattern> ACCESS = new EnumMap<>(Map.of(
            Language.FR, Pattern.compile("articles? (21 et )?15"),
            Language.EN, Pattern.compile("Articles? (21 and )?15"),
            Language.NL, Pattern.compile("artikel(en)? (21 en )?15"),
            Language.DE, Pattern.compile("Art\\. 15")));
    private static final Map<Language, List<String>> ACCESS_ITEMS = new EnumMap<>(Map.of(
            Language.FR, List.of("article 15, paragraphe 1, point g)", "article 15, paragraphe 3", "anonyme"),
            Language.EN, List.of("Article 15(1)(g)", "Article 15(3)", "anonymous"),
            Language.NL, List.of("artikel 15, lid 1, onder g)", "artikel 15, lid 3", "anoniem"),
            Language.DE, List.of("Art. 15 Abs. 1 lit. g DSGVO", "Art. 15 Abs. 3 DSGVO", "anonym")));
    private static final Map<Language, List<String>> ACCOUNT_CLAIMS = new EnumMap<>(Map.of(
            Language.FR, List.of("Je suis titulaire", "mon compte", "Mon compte", "mon profil"),
            Language.EN, List.of("I hold", "my account", "My account", "my profile"),
            Language.NL, List.of("Ik heb een account", "mijn account", "Mijn account", "mijn profiel"),
            Language.DE, List.of("Ich habe ein", "mein Nutzerkonto", "meinem Nutzerkonto", "Mein Nutzerkonto",
                    "meines Nutzerkontos", "mein Profil")));
    private static final Map<Language, String> ART_6_1_F = new EnumMap<>(Map.of(
            Language.FR, "article 6, paragraphe 1, point f), du RGPD",
            Language.EN, "Article 6(1)(f) GDPR",
            Language.NL, "artikel 6, lid 1, onder f), AVG",
            Language.DE, "Art. 6 Abs. 1 lit. f DSGVO"));
    private static final Map<Language, String> DATE_LINE = new EnumMap<>(Map.of(
            Language.FR, "Lyon, le 22 novembre 2026",
            Language.EN, "Lyon, 22 November 2026",
            Language.NL, "Lyon, 22 november 2026",
            Language.DE, "Lyon, 22. November 2026"));

    @TempDir
    static Path home;
    static Profile profile;
    static Catalogue catalogue;
    static LetterWriter writer;
    static LetterTemplates templates;
    /** The 88 letters, by language, then access on/off. */
    static final Map<Language, Map<Boolean, List<RenderedLetter>>> LETTERS = new EnumMap<>(Language.class);

    @BeforeAll
    static void renderAllLetters() {
        YamlDocuments documents = new YamlDocuments();
        profile = new ProfileLoader(documents).load(TestFiles.sampleProfile(home));
        catalogue = new CatalogueLoader(documents, Bundled.catalogue()).load(null);
        templates = new LetterTemplates(null);
        writer = new LetterWriter(templates, new PdfRenderer());
        assertThat(catalogue.platforms()).hasSize(11);
        for (Language lang : Language.values()) {
            Map<Boolean, List<RenderedLetter>> byAccess = new LinkedHashMap<>();
            for (boolean access : List.of(true, false)) {
                byAccess.put(access, writer.render(request(profile, catalogue.platforms(), lang,
                        new LetterChoices(access, false, List.of(), false))));
            }
            LETTERS.put(lang, byAccess);
        }
    }

    static Stream<Arguments> letters() {
        return LETTERS.values().stream().flatMap(m -> m.entrySet().stream())
                .flatMap(e -> e.getValue().stream().map(l -> Arguments.of(l.baseName(), e.getKey(), l)));
    }

    @Test
    void renders_eighty_eight_letters() {
        assertThat(letters()).hasSize(88);
    }

    @ParameterizedTest(name = "{0}, access {1}")
    @MethodSource("letters")
    void each_letter_is_archival_fits_two_pages_and_speaks_one_language(String name, boolean access,
                                                                       RenderedLetter letter) {
        PdfFacts facts = PdfFacts.of(letter.pdf());
        assertThat(PdfFacts.pdfaViolations(letter.pdf())).as("veraPDF PDF/A-3u violations").isEmpty();
        assertThat(facts.pages()).isBetween(1, 2);
        assertThat(facts.language()).isEqualTo(letter.language().code());
        String text = facts.flatText();
        Language lang = letter.language();
        assertThat(text).contains(ART_6_1_F.get(lang), DATE_LINE.get(lang)).doesNotContain("(à vérifier)");
        // what optout checks at run time from the layout alone is here read back from the PDF itself
        assertThat(squeezed(text)).contains(squeezed(letter.model().sender().name()),
                squeezed(letter.model().recipient().legalName()));
        letter.model().accountIds().forEach(id -> assertThat(squeezed(text)).contains(squeezed(id.value())));
        assertThat(giveaways(letter.model(), text)).as("giveaways in the PDF").isEmpty();
        assertThat(giveaways(letter.model(), flat(letter.text()))).as("giveaways in the text twin").isEmpty();
        assertThat(letter.text()).doesNotContain("${", "(à vérifier)");
    }

    @ParameterizedTest(name = "{0}, access {1}")
    @MethodSource("letters")
    void the_address_block_holds_only_an_address(String name, boolean access, RenderedLetter letter) {
        if (letter.language() == Language.EN) {
            return;
        }
        assertThat(letter.model().recipient().lines()).as("recipient lines of " + name)
                .noneMatch(line -> NOT_AN_ADDRESS.matcher(line).find());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void asks_for_access_by_default_and_not_when_told_not_to(Language lang) {
        for (RenderedLetter letter : LETTERS.get(lang).get(true)) {
            String text = PdfFacts.of(letter.pdf()).flatText();
            assertThat(ACCESS.get(lang).matcher(text).find()).as(letter.baseName()).isTrue();
            assertThat(text).as(letter.baseName()).contains(ACCESS_ITEMS.get(lang));
            assertThat(flat(letter.text())).as(letter.baseName()).contains(ACCESS_ITEMS.get(lang));
        }
        for (RenderedLetter letter : LETTERS.get(lang).get(false)) {
            String text = PdfFacts.of(letter.pdf()).flatText();
            assertThat(ACCESS.get(lang).matcher(text).find()).as(letter.baseName()).isFalse();
            assertThat(ACCESS.get(lang).matcher(flat(letter.text())).find()).as(letter.baseName()).isFalse();
            assertThat(text).doesNotContain(ACCESS_ITEMS.get(lang).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_non_user_letter_claims_no_account_and_prints_examples_as_given(Language lang) {
        List<String> examples = List.of("https://www.instagram.com/p/Cx3example/ " + MARKUP,
                "Une réponse de l’assistant qui me nomme & me prête des propos");
        List<Platform> platforms = List.of(catalogue.platform("meta-ai"), catalogue.platform("linkedin"));
        List<RenderedLetter> letters = writer.render(request(profile, platforms, lang,
                new LetterChoices(true, true, examples, false)));
        assertThat(letters).hasSize(2);
        for (RenderedLetter letter : letters) {
            String text = PdfFacts.of(letter.pdf()).flatText();
            assertThat(PdfFacts.pdfaViolations(letter.pdf())).isEmpty();
            assertThat(PdfFacts.of(letter.pdf()).pages()).isBetween(1, 2);
            assertThat(text).contains(MARKUP, examples.get(1), profile.email())
                    .doesNotContain(ACCOUNT_CLAIMS.get(lang))
                    .doesNotContain(profile.account("linkedin").orElseThrow());
            assertThat(flat(letter.text())).contains(MARKUP, examples.get(1))
                    .doesNotContain(ACCOUNT_CLAIMS.get(lang));
            assertThat(giveaways(letter.model(), text)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void an_account_holder_letter_says_so(Language lang) {
        RenderedLetter linkedin = LETTERS.get(lang).get(true).stream()
                .filter(l -> l.platform().id().equals("linkedin")).findFirst().orElseThrow();
        String text = PdfFacts.of(linkedin.pdf()).flatText();
        assertThat(ACCOUNT_CLAIMS.get(lang).stream().anyMatch(text::contains)).isTrue();
        assertThat(text).contains(profile.account("linkedin").orElseThrow());
    }

    /**
     * The longest letter: DeepSeek and Meta AI, three account identifiers, a 1,500-character situation, special
     * categories, access, a copy to the EU representative, the in-app setting, a subject prefix, by post.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void the_longest_letter_fits_on_two_pages(Language lang) throws IOException {
        Path file = TestFiles.write(home.resolve("long-" + lang.code() + ".yaml"), """
                name: Marie-Christine Dupont-Vandenberghe
                email: marie-christine.dupont-vandenberghe@example.org
                postal_address:
                  - Appartement 12, escalier B
                  - 145 avenue des Frères-Lumière
                  - 69008 Lyon
                country: FR
                place: Lyon
                phone: "+33 6 12 34 56 78"
                signature_image: signature.png
                special_categories: true
                situation: |
                %s
                """.formatted(indent(longSituation(lang))));
        Profile longProfile = new ProfileLoader(new YamlDocuments()).load(file);
        assertThat(longProfile.situation()).hasSizeBetween(1400, 1500);
        for (String id : List.of("deepseek", "meta-ai")) {
            Platform platform = catalogue.platform(id);
            LetterModel base = LetterComposer.compose(longProfile, platform, lang, DATE, LetterChoices.DEFAULT,
                    SignatureImage.dataUri(longProfile.signatureImage(), "profile.yaml"));
            LetterModel model = new LetterModel(base.lang(), base.date(), base.place(), "post", base.sender(),
                    base.recipient(),
                    new LetterModel.Representative("Prighter Group (representative of a long-named controller)",
                            List.of("Schellinggasse 3/10", "1010 Wien"), "Österreich", "rep_deepseek@prighter.com"),
                    base.platform(),
                    List.of(new LetterModel.AccountId("email", "marie-christine.dupont-vandenberghe@example.org"),
                            new LetterModel.AccountId("profile_url",
                                    "https://www.facebook.com/profile.php?id=100089123456789012345"),
                            new LetterModel.AccountId("phone", "+33 6 12 34 56 78")),
                    base.situation(), base.signature(), false, List.of(), true, true, true, "Data Subject Request");
            byte[] pdf = new PdfRenderer().render(templates.render("objection.ftlx", lang, model), "long");
            PdfFacts facts = PdfFacts.of(pdf);
            assertThat(facts.pages()).as(id + " in " + lang).isBetween(1, 2);
            assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
            assertThat(facts.flatText()).contains("Prighter Group", "Schellinggasse 3/10",
                    "rep_deepseek@prighter.com", "Data Subject Request", flat(longProfile.situation()).substring(0, 60));
            assertThat(flat(templates.render("objection.txt.ftl", lang, model))).startsWith(subjectWord(lang))
                    .contains("Data Subject Request", "Prighter Group");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void reminders_exist_in_every_language(Language lang) {
        LetterWriter.Request request = request(profile, List.of(catalogue.platform("linkedin")), lang,
                LetterChoices.DEFAULT);
        String d = LetterWriter.formatDate(DATE, lang);
        RenderedLetter reminder = writer.renderReminder(request,
                new ReminderModel("R7", d, d, "post", "1A23456789012", d, d, false));
        assertThat(PdfFacts.pdfaViolations(reminder.pdf())).isEmpty();
        String text = PdfFacts.of(reminder.pdf()).flatText();
        assertThat(text).contains("R7", "1A23456789012");
        assertThat(squeezed(text)).contains(squeezed(reminder.model().sender().name()),
                squeezed(reminder.model().recipient().legalName()));
        assertThat(giveaways(reminder.model(), text)).isEmpty();
        assertThat(giveaways(reminder.model(), flat(reminder.text()))).isEmpty();
    }

    @Test
    void every_situation_the_wizard_offers_is_in_every_language() throws IOException {
        JsonNode situations;
        try (InputStream in = LetterTemplates.class.getResourceAsStream("/profile/situations.yaml")) {
            assertThat(in).as("profile/situations.yaml").isNotNull();
            situations = new YAMLMapper().readTree(in);
        }
        assertThat(situations.isArray()).isTrue();
        assertThat(situations.size()).isGreaterThanOrEqualTo(7);
        List<String> ids = new ArrayList<>();
        for (JsonNode s : situations) {
            ids.add(s.path("id").asText());
            for (Language lang : Language.values()) {
                String text = s.path(lang.code()).asText();
                String title = s.path("title").path(lang.code()).asText();
                assertThat(text).as(s.path("id") + " " + lang).isNotBlank().hasSizeLessThanOrEqualTo(600);
                assertThat(title).as(s.path("id") + " title " + lang).isNotBlank().hasSizeLessThanOrEqualTo(60);
                assertThat(giveaways(lang, flat(text + " " + title), List.of())).as(s.path("id") + " " + lang)
                        .isEmpty();
            }
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9_-]*"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static LetterWriter.Request request(Profile p, List<Platform> platforms, Language lang,
                                                LetterChoices choices) {
        return new LetterWriter.Request(p, "profile.yaml", platforms, lang, DATE, home.resolve("out"), true, choices);
    }

    /**
     * The giveaway words of other languages in a letter's {@code text}, with some context. The profile's data and
     * the names of the platform, its services, controller and representative are cut out first: they are not the
     * template's. So are the recipient's address lines, which {@link #NOT_AN_ADDRESS} checks instead.
     */
    private static List<String> giveaways(LetterModel model, String text) {
        return giveaways(Language.of(model.lang()).orElseThrow(), text, data(model));
    }

    private static List<String> giveaways(Language lang, String text, List<String> cut) {
        String fixed = " " + text + " ";
        for (String value : cut) {
            fixed = fixed.replace(flat(value), " ");
        }
        List<String> found = new ArrayList<>();
        for (String word : GIVEAWAYS.get(lang)) {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(fixed);
            while (m.find()) {
                found.add("'" + word + "' in …" + fixed.substring(Math.max(0, m.start() - 50),
                        Math.min(fixed.length(), m.end() + 50)) + "…");
            }
        }
        return found;
    }

    private static List<String> data(LetterModel model) {
        List<String> values = new ArrayList<>();
        LetterModel.Sender s = model.sender();
        values.addAll(List.of(s.name(), s.email(), s.country()));
        values.addAll(s.addressLines());
        values.add(s.phone());
        values.add(model.place());
        values.add(model.situation());
        values.add(model.subjectPrefix());
        values.addAll(model.examples());
        model.accountIds().forEach(id -> values.add(id.value()));
        LetterModel.PlatformInfo p = model.platform();
        values.add(p.controllerName());
        values.add(p.name());
        values.add(p.registrationNumber());
        values.addAll(p.services());
        if (model.representative() != null) {
            values.add(model.representative().name());
            values.add(model.representative().email());
            values.addAll(model.representative().lines());
        }
        values.add(model.recipient().legalName());
        values.addAll(model.recipient().lines());
        // Longest first, so that a name inside a longer value does not leave the rest of it behind.
        values.removeIf(v -> v == null || v.isBlank());
        values.sort((a, b) -> b.length() - a.length());
        return values;
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static String subjectWord(Language lang) {
        return switch (lang) {
            case FR -> "Objet : Data Subject Request";
            case EN -> "Subject: Data Subject Request";
            case NL -> "Betreft: Data Subject Request";
            case DE -> "Betreff: Data Subject Request";
        };
    }

    /** A situation of about 1,500 characters in {@code lang}: the wizard's paragraphs, joined. */
    private static String longSituation(Language lang) throws IOException {
        JsonNode situations;
        try (InputStream in = LetterTemplates.class.getResourceAsStream("/profile/situations.yaml")) {
            situations = new YAMLMapper().readTree(in);
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode s : situations) {
            String next = s.path(lang.code()).asText().strip();
            if (text.length() + 2 + next.length() > 1500) {
                break;
            }
            text.append(text.length() == 0 ? "" : "\n\n").append(next);
        }
        String[] words = situations.get(situations.size() - 1).path(lang.code()).asText().split(" ");
        for (int i = 0; text.length() + 1 + words[i % words.length].length() <= 1500 && i < 200; i++) {
            text.append(i == 0 ? "\n\n" : " ").append(words[i % words.length]);
        }
        return text.toString();
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    /** Without white space, which layout may insert anywhere in a long value. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\u00A0\u202F\u2007]", "");
    }
}
