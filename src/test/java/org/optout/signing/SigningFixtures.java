package org.optout.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.optout.pdf.PdfRenderer;

/** Shared test material: a letter-like PDF/A-3u, a fresh signing key, and Debian's pdfsig as outside verifier. */
final class SigningFixtures {
    static final String SIGNER = "Camille Durand";
    static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    static final Clock CREATED = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    static final Instant SIGNED_AT = Instant.parse("2026-02-01T09:30:15Z");
    static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private SigningFixtures() {
    }

    static byte[] letter() {
        return letter(1);
    }

    /** The same letter, with its closing pushed to page {@code pages} by page breaks. */
    static byte[] letter(int pages) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>Opposition</title>"
                + "<meta name=\"author\" content=\"" + SIGNER + "\"/><meta name=\"subject\" content=\"RGPD art. 21\"/>"
                + "<style>body { font-family: 'DejaVu Sans'; }</style></head><body>"
                + "<p>Madame, Monsieur,</p><p>Je m'oppose au traitement de mes données (article 21 du RGPD).</p>"
                + "<p style=\"page-break-before: always\">Suite.</p>".repeat(pages - 1)
                + "<p>" + SIGNER + "</p></body></html>";
        return new PdfRenderer().render(xhtml, "t");
    }

    static SigningKey newKey(Path dir) {
        return KeyStoreFile.create(dir.resolve("signer.p12"), SIGNER, PASSWORD, CREATED);
    }

    /** pdfsig's report on {@code pdf}: it exits 0 even for a broken signature, so callers read the text. */
    static String pdfsig(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path file = Files.write(Files.createTempFile(dir, "signed", ".pdf"), pdf);
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pdfsig did not finish");
        }
        return output;
    }
}
