package org.optout.complaint;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The manifest of a dossier, in the three forms every dossier carries: {@code manifest.json}, a readable
 * {@code manifest.txt}, and a {@code SHA256SUMS} file that {@code sha256sum -c} checks.
 */
final class Manifest {
    static final String JSON = "manifest.json";
    static final String TEXT = "manifest.txt";
    static final String SUMS = "SHA256SUMS";

    private Manifest() {
    }

    static byte[] json(List<DossierService.Entry> entries) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param title the first line, e.g. "Evidence dossier of request R1 (linkedin)" */
    static byte[] text(String title, List<DossierService.Entry> entries) {
        StringBuilder out = new StringBuilder(title + "\n\n");
        for (DossierService.Entry e : entries) {
            out.append(e.annex() == null ? "  " : String.format("%2d", e.annex())).append("  ")
                    .append(String.format("%-10s", e.role())).append("  ").append(e.file()).append("  (")
                    .append(e.size()).append(" bytes)\n      sha256 ").append(e.sha256()).append('\n');
        }
        out.append("\nCheck every file with: sha256sum -c SHA256SUMS\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sums(List<DossierService.Entry> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.sha256()).append("  ").append(e.file()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
