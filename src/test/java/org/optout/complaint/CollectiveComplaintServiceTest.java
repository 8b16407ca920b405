package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.AppException;
import org.optout.campaign.Association;
import org.optout.ExitCode;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfRenderer;
import org.optout.tracker.RequestStatus;

/**
 * The collective complaint from {@link CollectiveFixture}'s eight members in mixed states: who is included, what
 * the complaint and its annex say (read back from the PDFs), PDF/A and one language in fr, en, nl and de, the
 * dossier and its manifest read back from disk and from the zip, and every refusal leaving nothing written.
 */
class CollectiveComplaintServiceTest {
    static final Clock CLOCK = Clock.fixed(CollectiveFixture.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    /** English words that must not appear in a French, Dutch or German complaint or annex. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(the|and|reply|controller"
            + "|request|complaint|with|which|members?|mandates?|refused|deadline|overdue|evidence|annex|answer"
            + "|subjects?|letter|reminder|sent|outcome)(?![\\p{L}\\p{N}])");
    /** What only a template's comments or a rendering slip would put in a PDF. */
    private static final List<String> TEMPLATE_NOTES = List.of("<#", "${", "#--", "Wording only", "Variable",
            "CollectiveModel", "complaint.", "UNCONFIRMED", "TODO");

    static Catalogue catalogue;
    static CollectiveComplaintService service;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = CollectiveFixture.catalogue();
        service = new CollectiveComplaintService(new LetterWriter(new LetterTemplates(null), new PdfRenderer()),
                CLOCK);
    }

    private CollectiveComplaintService.Result write(List<MemberRequest> members, String authority, Language lang,
                                                    boolean skipUnmandated) {
        return service.write(CollectiveFixture.association(Language.FR), members, catalogue,
                new CollectiveComplaintService.Options("linkedin", authority, lang, skipUnmandated,
                        CollectiveFixture.out(dir)));
    }

    private static Path file(CollectiveComplaintService.Result result, String role) {
        return result.folder().resolve(result.entries().stream().filter(e -> e.role().equals(role)).findFirst()
                .orElseThrow().file());
    }

    @Test
    void the_annex_lists_exactly_the_refused_and_overdue_members() {
        List<MemberRequest> members = CollectiveFixture.eight();
        CollectiveComplaintService.Result result = write(members, "cnil", null, false);

        assertThat(result.included()).extracting(MemberRequest::memberId)
                .containsExactlyElementsOf(CollectiveFixture.CONCERNED);
        assertThat(result.notConcerned()).isEqualTo(4);
        assertThat(result.unmandated()).isEmpty();
        assertThat(result.language()).isEqualTo(Language.FR);
        String annex = PdfFacts.of(file(result, "members")).flatText();
        for (MemberRequest m : members) {
            boolean concerned = CollectiveFixture.CONCERNED.contains(m.memberId());
            for (String value : List.of(m.memberId(), m.name(), m.requestId())) {
                if (concerned) {
                    assertThat(annex).as(m.memberId() + " is listed").contains(value);
                } else {
                    assertThat(annex).as(m.memberId() + " is not listed").doesNotContain(value);
                }
            }
        }
        // each row: the outcome, the reminder, the mandate, and every document by file name and short hash
        assertThat(annex).contains("1 M0001 Alice Martin alice.martin@mail.example R11 02/03/2026 courriel "
                + "05/05/2026 Refus du 20/04/2026 01/02/2026 M0001.pdf");
        assertThat(annex).contains("M0002 Bruno Lefèvre").contains("Sans réponse Relance du 12/05/2026");
        assertThat(annex).contains("M0007 Gaëlle Moreau").contains("Refus du 20/05/2026");
        MemberRequest.Document reply = members.get(0).evidence().get(2);
        assertThat(annex.replace(" ", "")).contains("réponse:M0001-R11-3.eml(" + reply.sha256().substring(0, 12)
                + "…)");
        // M0007 gave no mandate file: its row has the date and says the association keeps it, as the complaint does
        assertThat(annex).contains("Refus du 20/05/2026 01/02/2026 conservé par l’association lettre d’opposition");
        assertThat(annex.split("conservé par l’association", -1)).hasSize(3);

        String complaint = PdfFacts.of(file(result, "complaint")).flatText();
        assertThat(complaint).contains("au nom et pour le compte de 4 personnes concernées")
                .contains("2 personnes ont reçu un refus, daté entre le 20 avril 2026 et le 20 mai 2026 ; 1 de ces "
                        + "refus est intervenu après l’expiration du délai de réponse")
                .contains("2 personnes n’ont reçu aucune réponse, alors que le délai de réponse a expiré entre le "
                        + "5 mai 2026 et le 10 juin 2026")
                .contains("1 personne a en outre relancé")
                .contains("signé le 1er février 2026")
                .contains("Les mandats signés de 3 personnes figurent à l’annexe 2 ; l’association conserve les "
                        + "autres")
                .contains("Il ne l’a pas fait dans ce délai à l’égard de 3 personnes")
                .contains("articles 56 et 60 du RGPD")
                .contains("Claire Fontaine, présidente");
        // the refusals are referred to, never restated
        assertThat(complaint).doesNotContain("refusal to M0001").doesNotContain("M0001");
    }

    @ParameterizedTest
    @CsvSource({"fr, cnil", "en, dpc", "nl, apd", "de, apd"})
    void every_language_renders_pdfa_in_that_language_only(String code, String authority) throws IOException {
        Language lang = Language.of(code).orElseThrow();
        CollectiveComplaintService.Result result = write(CollectiveFixture.eight(), authority, lang, false);

        assertThat(result.language()).isEqualTo(lang);
        assertThat(result.warnings()).isEmpty();
        for (String role : List.of("complaint", "members")) {
            byte[] pdf = Files.readAllBytes(file(result, role));
            assertThat(PdfFacts.pdfaViolations(pdf)).as(role + " is PDF/A-3u").isEmpty();
            PdfFacts facts = PdfFacts.of(pdf);
            assertThat(facts.language()).isEqualTo(code);
            assertThat(facts.author()).isEqualTo("Droits Numériques Ensemble");
            assertThat(facts.text()).as("no template note in the " + role).doesNotContain(TEMPLATE_NOTES);
            if (lang != Language.EN) {
                assertThat(ENGLISH.matcher(facts.flatText()).results().map(m -> m.group()).toList())
                        .as("English words in the " + code + " " + role).isEmpty();
            }
            if (role.equals("complaint")) {
                assertThat(facts.pages()).isBetween(1, CollectiveComplaintService.MAX_PAGES);
                assertThat(facts.flatText()).contains("LinkedIn Ireland Unlimited Company")
                        .as("members are named in the annex only").doesNotContain("M0002", "Bruno");
            }
        }
        String complaint = PdfFacts.of(file(result, "complaint")).flatText();
        assertThat(complaint).contains(switch (lang) {
            case FR -> "article 80, paragraphe 1";
            case EN -> "Article 80(1) GDPR";
            case NL -> "artikel 80, lid 1, AVG";
            case DE -> "Art. 80 Abs. 1 DSGVO";
        });
        // the APD requires a dated and signed complaint; the CNIL and the DPC do not
        assertThat(complaint.contains(switch (lang) {
            case FR -> "datée et signée";
            case EN -> "dated and signed";
            case NL -> "gedateerd en ondertekend";
            case DE -> "datiert und unterzeichnet";
        })).isEqualTo(authority.equals("apd"));
    }

    @Test
    void the_manifest_gives_the_hash_of_every_file_of_the_folder_and_the_zip() throws IOException {
        List<MemberRequest> members = CollectiveFixture.eight();
        CollectiveComplaintService.Result result = write(members, "cnil", null, false);

        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(result.folder().resolve("SHA256SUMS"))) {
            String[] parts = line.split(" {2}", 2);
            sums.put(parts[1], parts[0]);
        }
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(result.folder())) {
            onDisk = files.filter(Files::isRegularFile).map(p -> result.folder().relativize(p).toString())
                    .filter(name -> !name.startsWith("manifest.") && !name.equals("SHA256SUMS")).sorted().toList();
        }
        assertThat(sums.keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            assertThat(CollectiveFixture.sha256(Files.readAllBytes(result.folder().resolve(sum.getKey()))))
                    .as(sum.getKey()).isEqualTo(sum.getValue());
        }
        // 2 PDFs + 3 mandates + 10 evidence files, the evidence as the fixture made it, under neutral names
        assertThat(sums).hasSize(15);
        assertThat(Files.readString(result.folder().resolve("annexe-3/M0001-R11-3.eml"))).isEqualTo("refusal to M0001");
        assertThat(Files.readString(result.folder().resolve("annexe-2/M0006.pdf"))).isEqualTo("mandate of M0006");
        assertThat(String.join(" ", onDisk)).doesNotContain("Martin", "Lefèvre", "Haddad", "Moreau", "@", "Re_");
        assertThat(Files.readString(result.folder().resolve("manifest.json"))).contains("\"annex\" : 3");

        Map<String, byte[]> zipped = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(result.zip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zipped.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(zipped.keySet()).containsAll(sums.keySet()).contains("manifest.json", "manifest.txt", "SHA256SUMS")
                .hasSize(sums.size() + 3);
        for (Map.Entry<String, byte[]> entry : zipped.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey())
                    .isEqualTo(Files.readAllBytes(result.folder().resolve(entry.getKey())));
        }
    }

    @Test
    void nobody_refused_or_overdue_is_refused_and_writes_nothing() {
        List<MemberRequest> members = CollectiveFixture.eight().stream()
                .filter(m -> !CollectiveFixture.CONCERNED.contains(m.memberId())).toList();

        assertThatThrownBy(() -> write(members, "cnil", null, false)).isInstanceOfSatisfying(AppException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).isEqualTo("no member qualifies for a complaint about linkedin: of 4 "
                            + "members, none was refused and none is overdue");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_member_concerned_without_a_signed_mandate_stops_the_complaint_unless_left_out() {
        List<MemberRequest> members = new ArrayList<>(CollectiveFixture.eight());
        members.set(1, withoutMandate(members.get(1), null));
        members.set(5, withoutMandate(members.get(5), CollectiveFixture.TODAY.plusDays(1)));
        members.set(2, withoutMandate(members.get(2), null)); // answered: not concerned, so no matter

        assertThatThrownBy(() -> write(members, "cnil", null, false)).isInstanceOfSatisfying(AppException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).isEqualTo("2 member(s) concerned have not signed a mandate, which "
                            + "art. 80(1) GDPR requires: M0002, M0006; record their mandates, or leave them out "
                            + "with --skip-unmandated");
                });
        assertThat(dir).isEmptyDirectory();

        CollectiveComplaintService.Result result = write(members, "cnil", null, true);
        assertThat(result.included()).extracting(MemberRequest::memberId).containsExactly("M0001", "M0007");
        assertThat(result.unmandated()).extracting(MemberRequest::memberId).containsExactly("M0002", "M0006");
        String annex = PdfFacts.of(file(result, "members")).flatText();
        assertThat(annex).contains("M0001", "M0007").doesNotContain("M0002", "M0006");
    }

    @Test
    void no_member_concerned_with_a_mandate_is_refused_even_when_leaving_them_out() {
        List<MemberRequest> members = CollectiveFixture.eight().stream().map(m -> withoutMandate(m, null)).toList();

        assertThatThrownBy(() -> write(members, "cnil", null, true)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.getMessage()).isEqualTo("none of the 4 members concerned has signed a mandate, "
                        + "which art. 80(1) GDPR requires: M0001, M0002, M0006, M0007"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void evidence_that_no_longer_matches_its_hash_stops_the_dossier_and_leaves_nothing() {
        List<MemberRequest> members = new ArrayList<>(CollectiveFixture.eight());
        MemberRequest m = members.get(5);
        List<MemberRequest.Document> evidence = new ArrayList<>(m.evidence());
        MemberRequest.Document letter = evidence.get(0);
        evidence.set(0, new MemberRequest.Document(letter.role(), letter.originalName(), letter.sha256(),
                () -> "changed".getBytes(StandardCharsets.UTF_8)));
        members.set(5, new MemberRequest(m.memberId(), m.name(), m.account(), m.requestId(), m.sentOn(), m.channel(),
                m.status(), m.deadline(), m.refusedOn(), m.remindersSent(), m.mandateSignedOn(), m.mandate(),
                evidence));

        assertThatThrownBy(() -> write(members, "cnil", null, false)).isInstanceOfSatisfying(AppException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY);
                    assertThat(e.getMessage()).startsWith("annexe-3/M0006-R16-1.pdf: the file no longer matches "
                            + "the SHA-256 recorded for it (" + letter.sha256() + ", now ");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void an_existing_dossier_is_never_overwritten() throws IOException {
        Files.createDirectories(CollectiveFixture.out(dir));
        Files.writeString(CollectiveFixture.out(dir).resolve("signed.pdf"), "kept");

        assertThatThrownBy(() -> write(CollectiveFixture.eight(), "cnil", null, false))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("--out: " + CollectiveFixture.out(dir) + " already exists; choose another name or "
                                + "move it away"));
        assertThat(Files.readString(CollectiveFixture.out(dir).resolve("signed.pdf"))).isEqualTo("kept");
        assertThat(dir.resolve("dossier.zip")).doesNotExist();
    }

    @Test
    void an_association_that_does_not_declare_every_condition_of_article_80_gets_no_complaint() {
        Association a = CollectiveFixture.association(Language.FR);
        Association notAll = new Association(a.name(), a.legalForm(), a.registrationNumber(), a.postalAddress(),
                a.country(), a.email(), a.representative(), new Association.Article80(false,
                a.article80().statutoryObjectives(), java.util.Map.of()), a.languages(), null);

        assertThatThrownBy(() -> service.write(notAll, CollectiveFixture.eight(), catalogue,
                new CollectiveComplaintService.Options("linkedin", "cnil", null, false, CollectiveFixture.out(dir))))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "Droits Numériques Ensemble: the association does not declare not_for_profit, "
                                + "active_in_data_protection; art. 80(1) GDPR lets only a body that meets every "
                                + "condition complain for data subjects"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void member_ids_name_files_so_they_are_checked_and_unique() {
        List<MemberRequest> members = new ArrayList<>(CollectiveFixture.eight());
        members.set(0, CollectiveFixture.member("../M1", "Alice Martin", "R11", RequestStatus.REFUSED,
                CollectiveFixture.date(5, 5), CollectiveFixture.date(4, 20), List.of(), true));
        assertThatThrownBy(() -> write(members, "cnil", null, false)).hasMessage("member '../M1': a member id holds "
                + "only letters, digits, '.', '_' and '-' (at most 40), as it names the member's files in the dossier");

        members.set(0, CollectiveFixture.member("M0002", "Alice Martin", "R11", RequestStatus.REFUSED,
                CollectiveFixture.date(5, 5), CollectiveFixture.date(4, 20), List.of(), true));
        assertThatThrownBy(() -> write(members, "cnil", null, false))
                .hasMessage("member M0002 (request R12) is listed twice");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void the_statutes_are_annex_4_and_every_printed_field_is_checked_for_the_font() throws IOException {
        Association a = CollectiveFixture.association(Language.FR);
        Path statutes = Files.writeString(dir.resolve("Statuts DNE 2024.PDF"), "statutes");
        CollectiveComplaintService.Result result = service.write(a, CollectiveFixture.eight(), catalogue,
                new CollectiveComplaintService.Options("linkedin", "cnil", null, false, CollectiveFixture.out(dir),
                        statutes));

        assertThat(result.entries()).filteredOn(e -> e.role().equals("statutes")).singleElement()
                .satisfies(e -> {
                    assertThat(e.file()).isEqualTo("annexe-4.pdf");
                    assertThat(e.annex()).isEqualTo(4);
                    assertThat(e.sha256()).isEqualTo(CollectiveFixture.sha256("statutes".getBytes(
                            StandardCharsets.UTF_8)));
                });
        assertThat(PdfFacts.of(file(result, "complaint")).flatText()).contains("Ses statuts figurent à l’annexe 4.")
                .contains("Annexe 4 : statuts de l’association (annexe-4.pdf)");

        List<MemberRequest> members = new ArrayList<>(CollectiveFixture.eight());
        // a member not concerned is not printed, so their name does not matter
        members.set(3, CollectiveFixture.member("M0004", "王芳", "R14", RequestStatus.SENT,
                CollectiveFixture.date(7, 1), null, List.of(), true));
        assertThat(service.write(a, members, catalogue, new CollectiveComplaintService.Options("linkedin", "cnil",
                null, false, dir.resolve("pending"))).included()).hasSize(4);
        members.set(1, CollectiveFixture.member("M0002", "王芳", "R12", RequestStatus.SENT,
                CollectiveFixture.date(5, 5), null, List.of(), true));
        assertThatThrownBy(() -> service.write(a, members, catalogue, new CollectiveComplaintService.Options(
                "linkedin", "cnil", null, false, dir.resolve("other")))).isInstanceOfSatisfying(AppException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
                    assertThat(e.getMessage()).isEqualTo("member M0002: field `name`: the character '王' (U+738B) "
                            + "cannot be printed with the letter font (DejaVu Sans)");
                });
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void without_a_signature_image_the_complaint_draws_none() throws IOException {
        Association a = CollectiveFixture.association(Language.FR);
        Association unsigned = new Association(a.name(), a.legalForm(), a.registrationNumber(), a.postalAddress(),
                a.country(), a.email(), new Association.Representative("Claire Fontaine", Map.of("fr", "présidente"),
                        null), a.article80(), a.languages(), null);
        CollectiveComplaintService.Result result = service.write(unsigned, CollectiveFixture.eight(), catalogue,
                new CollectiveComplaintService.Options("linkedin", "apd", null, false,
                        dir.resolve("nested/folder/dossier")));

        assertThat(images(file(result, "complaint"))).isZero();
        assertThat(result.zip()).isEqualTo(dir.resolve("nested/folder/dossier.zip")).isRegularFile();
        // the APD wants it signed: a place for the signature is left
        assertThat(PdfFacts.of(file(result, "complaint")).flatText()).contains("Plainte datée et signée le 15 juin "
                + "2026.").contains("Signature :");
    }

    @Test
    void an_unprintable_association_field_and_many_unmandated_members_are_told_in_one_line() {
        Association a = CollectiveFixture.association(Language.FR);
        Association cjk = new Association("数字权利", a.legalForm(), a.registrationNumber(), a.postalAddress(),
                a.country(), a.email(), a.representative(), a.article80(), a.languages(), null);
        assertThatThrownBy(() -> service.write(cjk, CollectiveFixture.eight(), catalogue, new CollectiveComplaintService
                .Options("linkedin", "cnil", null, false, CollectiveFixture.out(dir))))
                .hasMessage("association: field `name`: the character '数' (U+6570) cannot be printed with the "
                        + "letter font (DejaVu Sans)");

        List<MemberRequest> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(withoutMandate(CollectiveFixture.member(String.format("M%02d", i), "Membre " + i, "R" + i,
                    RequestStatus.SENT, CollectiveFixture.date(5, 5), null, List.of(), false), null));
        }
        many.add(CollectiveFixture.member("M99", "Membre 99", "R99", RequestStatus.SENT, CollectiveFixture.date(5, 5),
                null, List.of(), false));
        assertThatThrownBy(() -> write(many, "cnil", null, false)).hasMessage("25 member(s) concerned have not signed "
                + "a mandate, which art. 80(1) GDPR requires: M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, "
                + "M12, M13, M14, M15, M16, M17, M18, M19, M20 (+5); record their mandates, or leave them out with "
                + "--skip-unmandated");
        assertThat(dir).isEmptyDirectory();
    }


    /** How many images the PDF draws. */
    private static int images(Path pdf) throws IOException {
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static MemberRequest withoutMandate(MemberRequest m, java.time.LocalDate signedOn) {
        return new MemberRequest(m.memberId(), m.name(), m.account(), m.requestId(), m.sentOn(), m.channel(),
                m.status(), m.deadline(), m.refusedOn(), m.remindersSent(), signedOn, m.mandate(), m.evidence());
    }
}
