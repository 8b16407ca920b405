package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optout.TestFiles;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.schema.YamlDocuments;

/** The filing steps printed after a complaint is drafted, from the authority's catalogue entry. */
class FilingTest {
    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = new CatalogueLoader(new YamlDocuments(), TestFiles.CATALOGUE).load(null);
    }

    private static List<String> steps(String id, Path form) {
        Authority authority = catalogue.authority(id).orElseThrow();
        return Filing.steps(authority, Path.of("c.pdf"), form, List.of("c.pdf", "annex-01-a.pdf"), "RECORD",
                "DOSSIER").stream().map(org.optout.ui.Message::english).toList();
    }

    @Test
    void the_apd_requires_a_dated_signed_complaint_uploaded_or_posted_and_email_is_not_confirmed() {
        List<String> lines = steps("apd", null);
        assertThat(lines.get(0)).isEqualTo("How to file it with APD/GBA:");
        assertThat(lines).contains("- APD/GBA requires the complaint to be dated and signed: sign the PDF "
                + "(--sign-p12 FILE) or print it, sign it by hand and scan it.");
        assertThat(lines).anyMatch(l -> l.startsWith("- Files to upload: c.pdf, annex-01-a.pdf (all of them, with an index and their SHA-256 hashes, are written by: DOSSIER)."));
        assertThat(lines).anyMatch(l -> l.contains("by registered post to Data Protection Authority (Belgium), "
                + "Rue de la Presse 35, 1000 Bruxelles"));
        assertThat(lines).anyMatch(l -> l.contains("e-mail the complaint and the files to contact@apd-gba.be")
                && l.endsWith("(not confirmed as a way to lodge a complaint)"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("- Once filed, record it with the authority's reference: "
                + "RECORD");
        int upload = indexOf(lines, "upload the complaint");
        int email = indexOf(lines, "e-mail the complaint");
        assertThat(upload).as("accepted channels first").isLessThan(email);
    }

    @Test
    void the_dpc_form_is_filled_from_the_form_text() {
        List<String> lines = steps("dpc", Path.of("f.txt"));
        assertThat(lines).anyMatch(l -> l.startsWith("- Option 1: fill in the online form at https://")
                && l.contains("field by field from f.txt"));
        assertThat(lines).noneMatch(l -> l.contains("dated and signed"));
    }

    @Test
    void without_a_form_text_the_facts_are_copied_from_the_pdf() {
        List<String> lines = steps("hmbbfdi", null);
        assertThat(lines).anyMatch(l -> l.contains("copying the facts from c.pdf"));
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
