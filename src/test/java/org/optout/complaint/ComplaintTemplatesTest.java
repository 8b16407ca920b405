package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.TestFiles;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.complaint.ComplaintModel.Annex;
import org.optout.complaint.ComplaintModel.AuthorityInfo;
import org.optout.complaint.ComplaintModel.ChronologyRow;
import org.optout.complaint.ComplaintModel.ControllerInfo;
import org.optout.complaint.ComplaintModel.FormField;
import org.optout.complaint.ComplaintModel.FormInfo;
import org.optout.complaint.ComplaintModel.Grounds;
import org.optout.complaint.ComplaintModel.MissingProof;
import org.optout.config.Bundled;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * The bundled complaint templates (PDF and form text) in fr, en and nl, rendered through {@link LetterWriter} from
 * {@link ComplaintModel}s built here: a silence, a refusal quoted from the reply (with the user's rebuttal, at the
 * size budget), a refusal summarised from the user's note, a refusal without grounds, and a forced draft with steps
 * lacking evidence. Only the templates are under test: no tracker, no {@code ComplaintService}.
 */
class ComplaintTemplatesTest {
    private static final int MAX_PAGES = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 2);
    /** English words that must not appear in the fixed text of a French or Dutch complaint. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(the|and|reply|controller|request|complaint|with|which)(?![\\p{L}\\p{N}])");
    /** A rebuttal holding markup, which must come out as text. */
    private static final String MARKUP = "<b>x</b> & <i>y</i>";

    @TempDir
    static Path home;
    static LetterWriter writer;
    static Profile profile;
    static Platform linkedin;

    @BeforeAll
    static void loadProfileAndCatalogue() {
        YamlDocuments documents = new YamlDocuments();
        profile = new ProfileLoader(documents).load(TestFiles.sampleProfile(home));
        linkedin = new CatalogueLoader(documents, Bundled.catalogue()).load(null).platform("linkedin");
        writer = new LetterWriter(new LetterTemplates(null), new PdfRenderer());
    }

    // ---- the cases ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN", "NL"}) // the complaint templates' languages
    void silence(Language lang) {
        ComplaintModel model = model(lang, Case.SILENCE);
        Rendered out = render(lang, model);

        assertThat(out.text).contains(words(lang).article18d).contains(remedies(lang));
        assertThat(out.text).doesNotContain(words(lang).missingProof, words(lang).ownObservations, "«", "“");
        assertThat(out.text).contains(date(lang, 8, 4) + " (" + words(lang).annex + " 2)") // the reminder, in the facts
                .contains(words(lang).graceEnd, date(lang, 6, 5));
        assertThat(out.form).contains(words(lang).graceEnd, date(lang, 6, 5));
        assertCooperation(lang, model, out);
        assertForm(lang, model, out);
        assertNoEnglish(lang, model, out);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN", "NL"}) // the complaint templates' languages
    void refusal_quoted_from_the_reply_with_a_rebuttal_fits_the_size_budget(Language lang) {
        ComplaintModel model = model(lang, Case.REFUSAL_FROM_REPLY);
        assertThat(model.grounds().text()).hasSize(600);
        assertThat(model.rebuttal()).hasSizeGreaterThanOrEqualTo(500);
        assertThat(model.chronology()).hasSize(7);
        assertThat(model.annexes()).filteredOn(a -> !a.role().equals("index")).hasSize(5);
        Rendered out = render(lang, model);

        Words w = words(lang);
        // a 600-character quotation may run onto the next page, whose letterhead text extraction puts in between
        String quoted = flat(model.grounds().text());
        assertThat(out.text).contains(w.open + quoted.substring(0, 200))
                .contains(quoted.substring(quoted.length() - 60) + w.close)
                .contains(w.fromReply.formatted(date(lang, 20, 4)))
                .contains(w.excerpt)
                .contains(w.burden)
                .contains(w.ownObservations)
                .contains(remedies(lang));
        // The rebuttal as typed, its markup escaped (the tags come out as text); a line may break inside a tag.
        assertThat(squeezed(out.text)).contains(squeezed(model.rebuttal())).contains(squeezed(MARKUP));
        assertThat(out.text).doesNotContain(w.missingProof, w.article18d);
        assertThat(out.text.indexOf(w.open + flat(model.grounds().text()))).as("quotation, then the answer")
                .isLessThan(out.text.indexOf(w.burden));
        assertThat(out.text.indexOf(w.burden)).isLessThan(out.text.indexOf(w.ownObservations));
        assertThat(out.form).contains(flat(model.grounds().text())).contains(flat(model.rebuttal()));
        assertCooperation(lang, model, out);
        assertForm(lang, model, out);
        assertNoEnglish(lang, model, out);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN", "NL"}) // the complaint templates' languages
    void refusal_summarised_from_the_note(Language lang) {
        ComplaintModel model = model(lang, Case.REFUSAL_FROM_NOTE);
        Rendered out = render(lang, model);

        Words w = words(lang);
        assertThat(out.text).contains(w.fromNote).contains(w.open + flat(model.grounds().text()) + w.close)
                .contains(w.burden).contains(remedies(lang));
        assertThat(out.text).doesNotContain(w.excerpt, w.ownObservations, w.missingProof,
                w.fromReply.formatted(date(lang, 20, 4)));
        assertCooperation(lang, model, out);
        assertForm(lang, model, out);
        assertNoEnglish(lang, model, out);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN", "NL"}) // the complaint templates' languages
    void refusal_without_grounds_points_to_the_reply_and_says_nothing_of_its_content(Language lang) {
        ComplaintModel model = model(lang, Case.REFUSAL_WITHOUT_GROUNDS);
        Rendered out = render(lang, model);

        Words w = words(lang);
        assertThat(out.text).contains(w.replyInAnnex + " 4").contains(remedies(lang));
        assertThat(out.text).doesNotContain(w.open, w.fromNote, w.legitimateInterest, w.ownObservations);
        assertThat(out.form).doesNotContain(w.legitimateInterest);
        assertForm(lang, model, out);
        assertNoEnglish(lang, model, out);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN", "NL"}) // the complaint templates' languages
    void forced_draft_lists_the_steps_without_evidence_and_the_grace_period(Language lang) {
        ComplaintModel model = model(lang, Case.FORCED);
        Rendered out = render(lang, model);

        Words w = words(lang);
        assertThat(out.text).contains(w.missingProof, w.forced, date(lang, 8, 5)).contains(remedies(lang))
                .containsPattern(Pattern.quote(date(lang, 5, 3)) + " ?: " + Pattern.quote(w.receivedLower));
        assertThat(out.text).doesNotContain(w.graceEnd);
        assertThat(out.form).contains(w.missingProof, w.receivedLower).contains(w.tooLong);
        assertCooperation(lang, model, out);
        assertForm(lang, model, out);
        assertNoEnglish(lang, model, out);
    }

    // ---- shared assertions --------------------------------------------------------------------------------------

    /** The request for cooperation with the lead authority (arts. 56 and 60) appears iff another authority leads. */
    private static void assertCooperation(Language lang, ComplaintModel model, Rendered out) {
        boolean differs = !model.controller().leadIsThisAuthority() && model.controller().leadAuthority() != null;
        String cooperation = words(lang).cooperation;
        if (differs) {
            assertThat(out.text).contains(cooperation).contains(flat(model.controller().leadAuthority()));
            assertThat(out.form).contains(cooperation);
        } else {
            assertThat(out.text).doesNotContain(cooperation);
            assertThat(out.form).doesNotContain(cooperation);
        }
        if (differs && model.controller().leadToVerify()) {
            assertThat(out.text).contains(words(lang).leadToVerify);
        }
    }

    /** One "== label ==" line per form field, in order; the uploads numbered; the remedies and the form URL. */
    private static void assertForm(Language lang, ComplaintModel model, Rendered out) {
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^== (.+) ==$").matcher(out.rawForm);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertThat(labels).containsExactlyElementsOf(model.form().fields().stream().map(FormField::label).toList());
        for (int i = 0; i < model.uploads().size(); i++) {
            String upload = Pattern.quote(model.uploads().get(i));
            assertThat(out.rawForm).containsPattern("(?m)^\\s*" + (i + 1) + "\\. " + upload + "$");
        }
        assertThat(out.rawForm).contains(model.form().url()).contains(model.requestId()).doesNotContain("${", "<#");
        assertThat(out.form).contains(remedies(lang)).contains(words(lang).formToVerify);
        assertThat(out.rawForm.lines()).allMatch(line -> line.length() <= 76 || !line.strip().contains(" "),
                "lines re-flowed at 76 columns");
    }

    /**
     * No English in the fixed text of the fr and nl outputs. Every piece of data the templates print (some of it in
     * English on purpose, like a reply quoted as the platform wrote it) is cut out of the text first, so the data
     * can neither trigger nor hide a finding.
     */
    private static void assertNoEnglish(Language lang, ComplaintModel model, Rendered out) {
        if (lang == Language.EN) {
            return;
        }
        List<String> data = dataStrings(model, out.letter.model());
        assertThat(String.join(" ", data)).as("the data does hold English, so the cut matters")
                .containsPattern(ENGLISH);
        for (String text : List.of(out.text, out.form)) {
            String fixed = normalise(text);
            for (String value : data) {
                fixed = fixed.replace(normalise(value), " ");
            }
            List<String> found = new ArrayList<>();
            Matcher m = ENGLISH.matcher(fixed);
            while (m.find()) {
                found.add(fixed.substring(Math.max(0, m.start() - 40), Math.min(fixed.length(), m.end() + 40)));
            }
            assertThat(found).as("English words in the fixed text").isEmpty();
        }
    }

    // ---- rendering ----------------------------------------------------------------------------------------------

    private record Rendered(RenderedLetter letter, String text, String rawForm, String form) {
    }

    /** Renders the PDF and the form text the way the complaint command does, and checks the PDF. */
    private static Rendered render(Language lang, ComplaintModel model) {
        LetterWriter.Request request = new LetterWriter.Request(profile, "profile.yaml", List.of(linkedin), lang, TODAY,
                home.resolve("out"), false);
        RenderedLetter pdf = writer.renderDocument(request, letter -> letter.withRecipient(recipient(model, lang)),
                "complaint", model, "complaint-" + model.requestId() + "-" + model.authority().id(), MAX_PAGES);
        PdfFacts facts = PdfFacts.of(pdf.pdf());
        assertThat(PdfFacts.pdfaViolations(pdf.pdf())).as("veraPDF PDF/A-3u violations").isEmpty();
        assertThat(facts.pages()).isBetween(1, MAX_PAGES);
        assertThat(facts.language()).isEqualTo(lang.code());
        String form = writer.renderText("complaint-form.txt.ftl", lang, pdf.model(), model);
        return new Rendered(pdf, facts.flatText(), form, flat(form));
    }

    private static LetterModel.Recipient recipient(ComplaintModel model, Language lang) {
        List<String> lines = new ArrayList<>(List.of(model.authority().name()));
        lines.addAll(switch (lang) {
            case FR -> List.of("3 Place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07");
            case EN -> List.of("21 Fitzwilliam Square South", "Dublin 2", "D02 RD28");
            case NL -> List.of("Drukpersstraat 35", "1000 Brussel");
            default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
        });
        String country = switch (lang) {
            case FR -> "France";
            case EN -> "Ireland";
            case NL -> "België";
            default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
        };
        return new LetterModel.Recipient(model.authority().name(), lines, country, null, false);
    }

    // ---- the models ---------------------------------------------------------------------------------------------

    private enum Case { SILENCE, REFUSAL_FROM_REPLY, REFUSAL_FROM_NOTE, REFUSAL_WITHOUT_GROUNDS, FORCED }

    private static ComplaintModel model(Language lang, Case c) {
        AuthorityInfo authority = switch (lang) {
            case FR -> new AuthorityInfo("cnil", "Commission nationale de l’informatique et des libertés", "CNIL");
            case EN -> new AuthorityInfo("dpc", "Data Protection Commission", "DPC");
            case NL -> new AuthorityInfo("apd", "Gegevensbeschermingsautoriteit", "GBA");
            default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
        };
        // The DPC leads for LinkedIn: no cooperation to ask the DPC for; "to be verified" tried in Dutch.
        ControllerInfo controller = new ControllerInfo("LinkedIn Ireland Unlimited Company",
                List.of("Wilton Plaza", "Wilton Place", "Dublin 2"), lang == Language.FR ? "Irlande" : "Ireland",
                "IE 123456", "Data Protection Commission (DPC)", lang == Language.EN, lang == Language.NL);
        String sent = day(lang, 5, 3);
        List<ChronologyRow> rows = new ArrayList<>();
        List<Annex> annexes = new ArrayList<>();
        annexes.add(new Annex(1, "letter", "annex-01-objection-linkedin-" + lang.code() + ".pdf", sha('a')));
        rows.add(new ChronologyRow(sent, "sent", "web_form", "LI-777", c == Case.FORCED ? null : 1));
        rows.add(new ChronologyRow(sent, "received", null, null, null));
        boolean refused = c.name().startsWith("REFUSAL");
        boolean forced = c == Case.FORCED;
        Grounds grounds = null;
        String rebuttal = null;
        List<String> infringements = new ArrayList<>();
        List<MissingProof> missing = List.of();
        String graceEnd = null;
        boolean confidential = false;
        String association = null;
        switch (c) {
            case SILENCE -> {
                rows.add(new ChronologyRow(day(lang, 7, 4), "deadline", null, null, null));
                rows.add(new ChronologyRow(day(lang, 8, 4), "reminder", "email", null, 2));
                rows.add(new ChronologyRow(day(lang, 2, 5), "no_answer", null, null, null));
                rows.add(new ChronologyRow(day(lang, 6, 5), "grace_end", null, null, null));
                annexes.add(new Annex(2, "reminder", "annex-02-reminder-R1.pdf", sha('b')));
                infringements.addAll(List.of("12(3)", "12(4)", "21(1)", "18(1)(d)", "17(1)(c)"));
                graceEnd = day(lang, 6, 5); // drafted during the two weeks the reminder gave
            }
            case REFUSAL_FROM_REPLY -> {
                rows.add(new ChronologyRow(day(lang, 9, 3), "identity_requested", "email", "LI-777-2", 2));
                rows.add(new ChronologyRow(day(lang, 10, 3), "identity_provided", "email", null, null));
                rows.add(new ChronologyRow(day(lang, 7, 4), "deadline", null, null, null));
                rows.add(new ChronologyRow(day(lang, 8, 4), "reminder", "email", null, 3));
                rows.add(new ChronologyRow(day(lang, 20, 4), "refused", null, "<CAF=x7@mail.linkedin.com>", 4));
                annexes.add(new Annex(2, "eml", "annex-02-identity-request.eml", sha('b')));
                annexes.add(new Annex(3, "reminder", "annex-03-reminder-R1.pdf", sha('c')));
                annexes.add(new Annex(4, "reply", "annex-04-reply-and-refusal.eml", sha('d')));
                annexes.add(new Annex(5, "reply_text", "annex-05-reply-text.txt", sha('e')));
                // LinkedIn answered in English: quoted as it wrote it, whatever the complaint's language.
                grounds = new Grounds(sized(600, "We have carefully considered your objection. We rely on our "
                        + "legitimate interest to develop and improve the generative AI features of the service, and "
                        + "we carried out a balancing test which concluded that the processing is necessary and that "
                        + "appropriate safeguards are in place. "), true, true, 4);
                rebuttal = sized(500, switch (lang) {
                    case FR -> "Leur réponse ne dit rien de ma situation particulière, que j’avais exposée. "
                            + "Ils ne produisent pas la mise en balance qu’ils invoquent. " + MARKUP + ". ";
                    case EN -> "The reply says nothing of my particular situation, which I had set out. "
                            + "It does not produce the balancing test it relies on. " + MARKUP + ". ";
                    case NL -> "Het antwoord zegt niets over mijn specifieke situatie, die ik had toegelicht. "
                            + "De belangenafweging waarop zij zich beroepen, wordt niet overgelegd. " + MARKUP + ". ";
                    default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
                }) + "\n\n" + MARKUP;
                infringements.addAll(List.of("21(1)", "12(3)", "12(4)", "17(1)(c)", "19"));
                confidential = true;
                association = "Association Données Libres";
            }
            case REFUSAL_FROM_NOTE, REFUSAL_WITHOUT_GROUNDS -> {
                rows.add(new ChronologyRow(day(lang, 20, 3), "refused", null, null, 4));
                annexes.add(new Annex(2, "eml", "annex-02-objection.eml", sha('b')));
                annexes.add(new Annex(3, "proof", "annex-03-screenshot.png", sha('c')));
                annexes.add(new Annex(4, "reply", "annex-04-reply.pdf", sha('d')));
                rows.add(new ChronologyRow(day(lang, 7, 4), "deadline", null, null, null));
                if (c == Case.REFUSAL_FROM_NOTE) {
                    grounds = new Grounds(switch (lang) {
                        case FR -> "intérêt légitime à entraîner ses modèles, sans autre explication";
                        case EN -> "legitimate interest in training its models, with no further explanation";
                        case NL -> "gerechtvaardigd belang bij het trainen van zijn modellen, zonder verdere uitleg";
                        default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
                    }, false, false, null);
                }
                infringements.addAll(List.of("21(1)", "17(1)(c)"));
            }
            case FORCED -> {
                rows.add(new ChronologyRow(day(lang, 20, 4), "acknowledged", "email", "ACK-5", 2));
                rows.add(new ChronologyRow(day(lang, 7, 5), "deadline", null, null, null));
                annexes.add(new Annex(2, "proof", "annex-02-acknowledgement.png", sha('b')));
                missing = List.of(new MissingProof(sent, "sent", "web_form"),
                        new MissingProof(sent, "received", "web_form"));
            }
            default -> throw new IllegalArgumentException(c.name());
        }
        annexes.add(new Annex(annexes.size() + 1, "index", "annex-index.pdf", ""));
        List<String> uploads = new ArrayList<>();
        uploads.add("complaint-R7-" + authority.id() + "-" + lang.code() + ".pdf");
        annexes.stream().filter(a -> !a.role().equals("index")).forEach(a -> uploads.add(a.fileName()));
        String deadline = forced ? day(lang, 7, 5) : day(lang, 7, 4);
        String refusedDate = !refused ? null
                : c == Case.REFUSAL_FROM_REPLY ? day(lang, 20, 4) : day(lang, 20, 3);
        return new ComplaintModel("R7", authority, controller, rows, deadline, c == Case.SILENCE, refused,
                refusedDate, infringements, annexes, forced, forced ? day(lang, 8, 5) : null, graceEnd, missing,
                grounds, rebuttal, confidential, association, lang == Language.NL, form(lang, forced), uploads);
    }

    /** Every field key, with labels in the language; the forced case gets a short limit on the facts. */
    private static FormInfo form(Language lang, boolean tightFacts) {
        List<String> keys = List.of("complainant", "contact", "account", "controller", "controller_address",
                "right_exercised", "dates", "previous_steps", "facts", "grounds", "remedy", "uploads", "confidential");
        Map<Language, List<String>> labels = Map.of(
                Language.FR, List.of("Vos coordonnées", "Pour vous joindre", "Votre compte", "Organisme",
                        "Adresse de l’organisme", "Droit exercé", "Dates", "Démarches préalables",
                        "Description des faits", "Motifs du refus", "Vos demandes", "Pièces jointes",
                        "Confidentialité"),
                Language.EN, List.of("Your details", "Contact", "Your account", "Organisation", "Its address",
                        "Right exercised", "Dates", "Previous steps", "Facts", "Grounds", "Remedy", "Uploads",
                        "Confidentiality"),
                Language.NL, List.of("Uw gegevens", "Contact", "Uw account", "Organisatie", "Adres",
                        "Uitgeoefend recht", "Data", "Eerdere stappen", "Feiten", "Gronden", "Verzoek",
                        "Bijlagen", "Vertrouwelijkheid"));
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer max = keys.get(i).equals("facts") ? (tightFacts ? 80 : 2000) : null;
            fields.add(new FormField(keys.get(i), labels.get(lang).get(i), max));
        }
        return new FormInfo("https://complaints.example.org/" + lang.code() + "/form", fields,
                lang == Language.FR ? "Formulaire en plusieurs étapes." : null, true);
    }

    // ---- wording looked for, per language -------------------------------------------------------------------------

    private record Words(String open, String close, String fromReply, String fromNote, String excerpt, String burden,
                         String legitimateInterest, String ownObservations, String replyInAnnex, String article18d,
                         String cooperation, String leadToVerify, String missingProof, String graceEnd, String forced,
                         String receivedLower, String annex, String formToVerify, String tooLong) {
    }

    private static Words words(Language lang) {
        return switch (lang) {
            case FR -> new Words("« ", " »", "Sa réponse du %s (annexe 4) indique notamment :",
                    "Selon mon résumé de sa réponse",
                    "Ce passage est un extrait ; la réponse complète figure en annexe 4",
                    "Cette démonstration lui incombe", "intérêt légitime", "Mes propres observations :",
                    "Sa réponse figure en annexe", "Article 18, paragraphe 1, point d.",
                    "en coopération avec l’autorité de contrôle chef de file (articles 56 et 60 du RGPD)",
                    "sous réserve de vérification", "Étapes sans justificatif", "avant la fin du délai que ma relance",
                    "Avertissement", "réception par l’organisme", "annexe", "à vérifier sur le site", "caractères");
            case EN -> new Words("“", "”", "Its reply of %s (Annex 4) states, in part:",
                    "According to my summary of its reply", "This is an excerpt; the full reply is Annex 4",
                    "The burden of that demonstration is on the controller", "legitimate interest",
                    "My own observations:", "Its reply is Annex", "Article 18(1)(d).",
                    "in cooperation with the lead supervisory authority (Articles 56 and 60 GDPR)",
                    "subject to verification", "Steps without evidence", "before the end of the period my reminder",
                    "Warning", "received by the controller", "Annex", "to be verified on", "characters");
            case NL -> new Words("“", "”", "Zijn antwoord van %s (bijlage 4) luidt onder meer:",
                    "Volgens mijn samenvatting van zijn antwoord",
                    "Dit is een uittreksel; het volledige antwoord is gevoegd als bijlage 4",
                    "De bewijslast ligt bij de verwerkingsverantwoordelijke", "gerechtvaardigd belang",
                    "Mijn eigen opmerkingen:", "Zijn antwoord is gevoegd als bijlage", "Artikel 18, lid 1, onder d).",
                    "in samenwerking met de leidende toezichthoudende autoriteit (artikelen 56 en 60 AVG)",
                    "onder voorbehoud van verificatie", "Stappen zonder bewijsstuk",
                    "vóór het einde van de termijn die mijn herinnering", "Waarschuwing",
                    "ontvangen door de verwerkingsverantwoordelijke", "bijlage", "te verifiëren op", "tekens");
            default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
        };
    }

    /** The two orders under art. 58(2), points (c) and (d). */
    private static String[] remedies(Language lang) {
        return switch (lang) {
            case FR -> new String[] {"article 58, paragraphe 2, point c", "article 58, paragraphe 2, point d"};
            case EN -> new String[] {"Article 58(2)(c)", "Article 58(2)(d)"};
            case NL -> new String[] {"artikel 58, lid 2, onder c)", "artikel 58, lid 2, onder d)"};
            default -> throw new IllegalArgumentException("complaints are written in fr, en or nl");
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Everything the templates may print from the models: names, addresses, quoted text, files, references. */
    private static List<String> dataStrings(ComplaintModel model, LetterModel letter) {
        List<String> data = new ArrayList<>();
        data.add(letter.sender().name());
        data.addAll(letter.sender().addressLines());
        data.add(letter.sender().country());
        data.add(letter.sender().email());
        data.add(letter.sender().phone());
        data.add(letter.place());
        data.addAll(letter.recipient().lines());
        data.add(letter.recipient().country());
        data.add(letter.platform().name());
        data.addAll(letter.platform().services());
        letter.accountIds().forEach(id -> data.add(id.value()));
        data.add(model.authority().name());
        data.add(model.controller().legalName());
        data.addAll(model.controller().addressLines());
        data.add(model.controller().country());
        data.add(model.controller().registrationNumber());
        data.add(model.controller().leadAuthority());
        model.chronology().forEach(row -> data.add(row.reference()));
        model.annexes().forEach(a -> data.add(a.fileName()));
        data.addAll(model.uploads());
        if (model.grounds() != null) {
            data.add(model.grounds().text());
        }
        data.add(model.rebuttal() == null ? null : MARKUP);
        if (model.rebuttal() != null) {
            Stream.of(model.rebuttal().split("\n\n")).forEach(data::add);
        }
        data.add(model.association());
        data.add(model.form().url());
        data.add(model.form().note());
        model.form().fields().forEach(f -> data.add(f.label()));
        data.removeIf(value -> value == null || value.isBlank());
        // Longest first, so that a value containing another is cut whole.
        data.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return data;
    }

    /** White space folded as {@link PdfFacts#flatText()} does, and line breaks after a hyphen or slash undone. */
    private static String normalise(String text) {
        return flat(text).replaceAll("([-/]) ", "$1");
    }

    /** The text without any white space, for text a line may break anywhere in. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    /** A date in 2026 as the model holds it: formatted by the real code, with no-break spaces. */
    private static String day(Language lang, int day, int month) {
        return LetterWriter.formatDate(LocalDate.of(2026, month, day), lang);
    }

    /** The same date as the flattened texts show it. */
    private static String date(Language lang, int day, int month) {
        return flat(day(lang, day, month));
    }

    /** {@code seed} repeated and cut to exactly {@code length} characters, ending on a letter. */
    private static String sized(int length, String seed) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(seed);
        }
        String cut = text.substring(0, length - 1).strip();
        return cut + "x".repeat(length - cut.length());
    }

    private static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }
}
