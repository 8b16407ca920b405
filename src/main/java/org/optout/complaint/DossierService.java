package org.optout.complaint;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.optout.AppException;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStore;
import org.optout.tracker.TrackedRequest;

/**
 * The evidence dossier of a complaint, as one zip: the complaint, every annex (letter, sent messages, reminders,
 * replies), an annex index PDF, and a manifest (JSON, readable text and a {@code SHA256SUMS} file that
 * {@code sha256sum -c} checks) giving each file's SHA-256 and role.
 */
public final class DossierService {
    private final RequestStore store;
    private final DocumentStore documents;
    private final Clock clock;

    public DossierService(RequestStore store, DocumentStore documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /** One file of the dossier. */
    public record Entry(String file, String role, Integer annex, long size, String sha256) {
    }

    /** What was written. */
    public record Dossier(Path zip, List<Entry> entries) {
    }

    /**
     * Writes the dossier of request {@code id} to {@code zip}.
     *
     * @param embed also attach the annexes inside the complaint PDF (PDF/A-3 associated files)
     */
    public Dossier write(String id, LetterWriter writer, LetterWriter.Request letters, Catalogue catalogue, Path zip,
                         boolean embed) {
        TrackedRequest request = store.get(id);
        TrackedRequest complaint = store.all().stream()
                .filter(r -> r.kind() == RequestKind.COMPLAINT && Long.valueOf(request.id()).equals(r.parentId()))
                .max(Comparator.comparingLong(TrackedRequest::id))
                .orElseThrow(() -> AppException.invalidData("no complaint drafted for " + request.shortId()
                        + " yet: optout complaint " + request.shortId()));
        RequestEvent drafted = complaint.events().stream().filter(e -> e.type() == EventType.DRAFTED).findFirst()
                .orElseThrow();
        Platform platform = catalogue.platform(request.platform());
        Authority authority = catalogue.authority(drafted.reference()).orElseThrow(() -> AppException.invalidData(
                "the authority of " + complaint.shortId() + " is no longer in the catalogue"));
        Language language = Language.valueOf(complaint.language().toUpperCase(java.util.Locale.ROOT));
        LocalDate today = LocalDate.now(clock);
        List<Annexes.Numbered> annexes = Annexes.of(request);

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        byte[] complaintPdf = read(drafted.documents().get(0).sha256());
        if (embed) {
            complaintPdf = AnnexEmbedder.embed(complaintPdf, annexes, this::read, clock.instant());
        }
        add(files, entries, drafted.documents().get(0).originalName(), "complaint", null, complaintPdf);
        for (Annexes.Numbered n : annexes) {
            add(files, entries, n.annex().fileName(), n.annex().role(), n.annex().number(), read(n.annex().sha256()));
        }
        ComplaintModel model = ComplaintService.model(request, platform, authority, catalogue, language, annexes,
                today, new ComplaintService.Options(id, authority.id(), language, true, false, null),
                ComplaintFacts.silence(request, today), ComplaintFacts.refused(request), null);
        RenderedLetter index = writer.renderDocument(new LetterWriter.Request(letters.profile(), letters.profileLabel(),
                List.of(platform), language, today, letters.outDirectory(), false),
                letter -> letter.withRecipient(ComplaintService.recipient(authority, language)), "annex-index", model,
                "annex-index-" + request.shortId(), 2, false);
        add(files, entries, index.baseName() + ".pdf", "index", null, index.pdf());
        files.put("manifest.json", json(entries));
        files.put("manifest.txt", text(request, entries));
        files.put("SHA256SUMS", sums(entries));
        PrivateFiles.ensureWritableDirectory(zip.toAbsolutePath().getParent(), "--out");
        PrivateFiles.write(zip, zipped(files));
        return new Dossier(zip, entries);
    }

    private byte[] read(String sha256) {
        try {
            return Files.readAllBytes(documents.path(sha256));
        } catch (IOException e) {
            throw AppException.invalidData("evidence file " + documents.path(sha256) + " is missing from the "
                    + "document store (" + PrivateFiles.reason(e) + ")", e);
        }
    }

    private static void add(Map<String, byte[]> files, List<Entry> entries, String name, String role, Integer annex,
                            byte[] content) {
        files.put(name, content);
        entries.add(new Entry(name, role, annex, content.length, DocumentStore.sha256(content)));
    }

    private static byte[] json(List<Entry> entries) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] text(TrackedRequest request, List<Entry> entries) {
        StringBuilder out = new StringBuilder("Evidence dossier of request " + request.shortId() + " ("
                + request.platform() + ")\n\n");
        for (Entry e : entries) {
            out.append(e.annex() == null ? "  " : String.format("%2d", e.annex())).append("  ")
                    .append(String.format("%-10s", e.role())).append("  ").append(e.file()).append("  (")
                    .append(e.size()).append(" bytes)\n      sha256 ").append(e.sha256()).append('\n');
        }
        out.append("\nCheck every file with: sha256sum -c SHA256SUMS\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sums(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.sha256()).append("  ").append(e.file()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] zipped(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(clock.millis());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
