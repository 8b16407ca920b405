package org.optout.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.optout.signing.SigningFixtures.SIGNED_AT;
import static org.optout.signing.SigningFixtures.SIGNER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.pdf.PdfFacts;

class PadesSignerTest {
    @TempDir
    static Path dir;
    private static byte[] letter;
    private static SigningKey key;
    private static byte[] signed;

    @BeforeAll
    static void signALetter() {
        letter = SigningFixtures.letter();
        key = SigningFixtures.newKey(dir);
        signed = new PadesSigner().sign(letter, key, SIGNED_AT, "Opposition RGPD article 21");
    }

    @Test
    void the_signed_letter_has_one_intact_pades_signature_over_the_whole_file() {
        List<SignatureReport> reports = SignatureVerifier.verify(signed, "signed.pdf");

        assertThat(reports).containsExactly(new SignatureReport(SIGNER, SIGNED_AT, true, true,
                "ETSI.CAdES.detached", true));
    }

    @Test
    void the_signature_is_an_incremental_update_that_keeps_the_letter_and_pdfa_conformance() {
        assertThat(Arrays.copyOf(signed, letter.length)).as("original bytes kept").isEqualTo(letter);
        assertThat(PdfFacts.of(signed).text()).isEqualTo(PdfFacts.of(letter).text());
        assertThat(PdfFacts.pdfaViolations(signed)).isEmpty();
    }

    @Test
    void the_cms_is_cades_baseline_b_with_the_signing_certificate_and_no_signing_time() throws Exception {
        // given
        PDSignature signature;
        try (PDDocument document = Loader.loadPDF(signed)) {
            signature = document.getSignatureDictionaries().get(0);
        }

        // when
        ContentInfo contentInfo;
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
            contentInfo = ContentInfo.getInstance(in.readObject());
        }
        SignerInformation signer = new CMSSignedData(contentInfo).getSignerInfos().getSigners().iterator().next();

        // then
        AttributeTable attributes = signer.getSignedAttributes();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(CMSAttributes.signingTime)).as("the time is in /M only").isNull();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(signature.getReason()).isEqualTo("Opposition RGPD article 21");
        assertThat(signature.getName()).isEqualTo(SIGNER);
    }

    @Test
    void pdfsig_finds_the_signature_valid() throws Exception {
        assertThat(SigningFixtures.PDFSIG).as("pdfsig from poppler-utils").isExecutable();

        String report = SigningFixtures.pdfsig(signed, dir);

        assertThat(report).contains("Signature #1", "Signature is Valid.", "Total document signed",
                "ETSI.CAdES.detached", SIGNER);
    }

    @Test
    void a_flipped_byte_in_the_signed_letter_breaks_the_signature() throws Exception {
        // given: the XMP title is uncompressed, so the file still parses after the change
        byte[] tampered = signed.clone();
        int title = indexOf(tampered, "Opposition".getBytes(StandardCharsets.US_ASCII));
        assertThat(title).isPositive().isLessThan(letter.length);
        tampered[title] = 'X';

        // when
        List<SignatureReport> reports = SignatureVerifier.verify(tampered, "tampered.pdf");
        String pdfsig = SigningFixtures.pdfsig(tampered, dir);

        // then
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.intact()).isFalse();
            assertThat(report.coversWholeFile()).isTrue();
            assertThat(report.signer()).isEqualTo(SIGNER);
        });
        assertThat(pdfsig).contains("Signature #1").doesNotContain("Signature is Valid.")
                .containsAnyOf("Digest Mismatch", "Signature is Invalid");
    }

    @Test
    void bytes_appended_after_signing_are_seen() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);

        assertThat(SignatureVerifier.verify(appended, "appended.pdf")).singleElement().satisfies(report -> {
            assertThat(report.coversWholeFile()).isFalse();
            assertThat(report.intact()).as("the signed bytes themselves are untouched").isTrue();
        });
    }

    @Test
    void a_second_signature_leaves_the_first_intact_but_no_longer_covering_the_file() {
        byte[] twice = new PadesSigner().sign(signed, key, SIGNED_AT.plusSeconds(60), "Copie certifiée");

        List<SignatureReport> reports = SignatureVerifier.verify(twice, "twice.pdf");

        assertThat(reports).extracting(SignatureReport::intact).containsExactly(true, true);
        assertThat(reports).extracting(SignatureReport::coversWholeFile).containsExactly(false, true);
        assertThat(PdfFacts.pdfaViolations(twice)).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_pdf_cannot_be_signed() {
        byte[] notPdf = "hello".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> new PadesSigner().sign(notPdf, key, SIGNED_AT, "r"))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
