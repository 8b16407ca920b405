package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.catalogue.Language;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfRenderer;
import org.optout.tracker.RequestStatus;

/**
 * A collective complaint for 1,000 members (slow: the annex runs to dozens of pages): the complaint stays within
 * its page budget, and the annex lists every member once, over pages that each repeat the table's header.
 */
class CollectiveComplaintThousandIT {
    private static final int MEMBERS = 1000;

    @TempDir
    Path dir;

    @Test
    void the_complaint_stays_short_and_the_annex_paginates_with_its_header_on_every_page() throws IOException {
        List<MemberRequest> members = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            boolean refused = i % 3 == 0;
            members.add(CollectiveFixture.member(String.format("M%05d", i), "Membre numéro " + i, "R" + (1000 + i),
                    refused ? RequestStatus.REFUSED : RequestStatus.SENT, CollectiveFixture.date(5, 5),
                    refused ? CollectiveFixture.date(4, 1 + i % 28) : null, List.of(), true));
        }
        CollectiveComplaintService service = new CollectiveComplaintService(
                new LetterWriter(new LetterTemplates(null), new PdfRenderer()), CollectiveComplaintServiceTest.CLOCK);
        long start = System.nanoTime();
        CollectiveComplaintService.Result result = service.write(CollectiveFixture.association(Language.FR), members,
                CollectiveFixture.catalogue(), new CollectiveComplaintService.Options("linkedin", "cnil", null,
                        false, dir.resolve("dossier")));
        System.out.printf("1,000 members: dossier of %d files written in %d ms%n", result.entries().size(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(result.included()).hasSize(MEMBERS);
        PdfFacts complaint = PdfFacts.of(result.folder().resolve("plainte-linkedin-cnil.pdf"));
        assertThat(complaint.pages()).isLessThanOrEqualTo(CollectiveComplaintService.MAX_PAGES);
        assertThat(complaint.flatText()).contains("au nom et pour le compte de 1000 personnes concernées")
                .contains("333 personnes ont reçu un refus").contains("667 personnes n’ont reçu aucune réponse");

        try (PDDocument annex = Loader.loadPDF(result.folder().resolve("annexe-1.pdf").toFile())) {
            int pages = annex.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            List<String> listed = new ArrayList<>();
            Pattern row = Pattern.compile("(M\\d{5})\\s+Membre\\s+numéro\\s+(\\d+)\\s");
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(annex);
                assertThat(text).as("header on page " + page)
                        .contains("N° Membre Nom Compte Demande Envoi Échéance Issue Mandat Pièces (annexe 3)");
                Matcher m = row.matcher(text);
                while (m.find()) {
                    listed.add(m.group(1));
                    assertThat(m.group(1)).isEqualTo(String.format("M%05d", Integer.parseInt(m.group(2))));
                }
            }
            List<String> expected = members.stream().map(MemberRequest::memberId).toList();
            assertThat(listed).as("every member once, in order").containsExactlyElementsOf(expected);
        }
    }
}
