package org.optout.complaint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.optout.AppException;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.letter.LetterWriter;
import org.optout.signing.SignatureReport;
import org.optout.signing.SignatureVerifier;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.RecordedNote;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

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
     * Writes the dossier of a complaint to {@code zip}.
     *
     * @param id the objection complained about (or the complaint itself)
     * @param authorityId the authority whose complaint to pack; needed when complaints went to several
     * @param embed also attach the annexes inside the complaint PDF (PDF/A-3 associated files)
     * @param resign signs a PDF again with the user's key, given the complaint's language; null without a key. A
     *     signed complaint can only have its annexes embedded before it is signed again.
     */
    public Dossier write(String id, String authorityId, LetterWriter writer, LetterWriter.Request letters,
                         Catalogue catalogue, Path zip, boolean embed, Function<Language, UnaryOperator<byte[]>> resign) {
        TrackedRequest named = store.get(id);
        TrackedRequest request = named.kind() == RequestKind.COMPLAINT && named.parentId() != null
                ? store.get("R" + named.parentId()) : named;
        TrackedRequest complaint = named.kind() == RequestKind.COMPLAINT ? named : complaint(request, authorityId);
        Evidence evidence = new Evidence(documents);
        evidence.check(request);
        RequestEvent drafted = Complaints.latestDraft(complaint);
        evidence.check(complaint);
        Platform platform = catalogue.platform(request.platform());
        Authority authority = catalogue.authority(drafted.reference()).orElseThrow(() -> AppException.invalidData(
                Message.of("error.authority_gone", complaint.shortId())));
        Language language = Language.valueOf(complaint.language().toUpperCase(Locale.ROOT));
        LocalDate today = LocalDate.now(clock);
        List<Annexes.Numbered> annexes = Annexes.of(request);
        StoredDocument draft = role(drafted, "complaint").orElseThrow();
        byte[] complaintPdf = evidence.read(draft);
        StoredDocument complaintDoc = draft;
        if (embed) {
            complaintPdf = embedded(complaint, drafted, evidence, annexes, language, resign);
            complaintDoc = documents.store(complaintPdf, "application/pdf", draft.originalName(), "complaint");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        add(files, entries, draft.originalName(), "complaint", null, complaintPdf, complaintDoc.sha256());
        for (Annexes.Numbered n : annexes) {
            add(files, entries, n.annex().fileName(), n.annex().role(), n.annex().number(),
                    evidence.read(n.document()), n.document().sha256());
        }
        boolean silence = ComplaintFacts.silence(request, today);
        boolean refused = ComplaintFacts.refused(request);
        ComplaintModel model = ComplaintModels.of(request, platform, authority, catalogue, language, annexes, today,
                new ComplaintService.Options(id, authority.id(), language, true, false, null, null),
                new Readiness(silence, refused, false, null, null, List.of()), null, draft.originalName());
        RenderedLetter index = writer.renderDocument(new LetterWriter.Request(letters.profile(), letters.profileLabel(),
                List.of(platform), language, today, letters.outDirectory(), false),
                letter -> letter.withRecipient(ComplaintService.recipient(authority, language)), "annex-index", model,
                "annex-index-" + request.shortId(), 2, false);
        StoredDocument indexDoc = documents.store(index.pdf(), "application/pdf", ComplaintModels.indexName(request),
                "index");
        add(files, entries, indexDoc.originalName(), "index", null, index.pdf(), indexDoc.sha256());
        store.append(complaint.id(), new NewEvent(EventType.DOSSIER_WRITTEN, today, (embed ? RecordedNote.DOSSIER_EMBEDDED
                : RecordedNote.DOSSIER).english(String.valueOf(zip.getFileName())), authority.id(), embed ? List.of(complaintDoc, indexDoc)
                : List.of(indexDoc)));
        files.put(Manifest.JSON, Manifest.json(entries));
        files.put(Manifest.TEXT, Manifest.text("Evidence dossier of request " + request.shortId() + " ("
                + request.platform() + ")", entries));
        files.put(Manifest.SUMS, Manifest.sums(entries));
        PrivateFiles.ensureWritableDirectory(zip.toAbsolutePath().getParent(), "--out");
        PrivateFiles.write(zip, zipped(files));
        return new Dossier(zip, entries);
    }

    /** The complaint about {@code request} to {@code authorityId}, or its only complaint. */
    private TrackedRequest complaint(TrackedRequest request, String authorityId) {
        List<TrackedRequest> complaints = Complaints.all(store, request);
        String again = "optout complaint " + request.shortId();
        if (authorityId != null) {
            return complaints.stream().filter(c -> authorityId.equals(Complaints.authority(c))).reduce((a, b) -> b)
                    .orElseThrow(() -> AppException.invalidData(Message.of("error.no_complaint_to", request.shortId(),
                            authorityId, again + " --authority " + authorityId)));
        }
        if (complaints.isEmpty()) {
            throw AppException.invalidData(Message.of("error.no_complaint", request.shortId(), again));
        }
        List<String> authorities = complaints.stream().map(Complaints::authority).distinct().toList();
        if (authorities.size() > 1) {
            Message names = Message.of("list.and", String.join(", ", authorities.subList(0, authorities.size() - 1)),
                    authorities.get(authorities.size() - 1));
            throw AppException.usage(Message.of("error.several_complaints", request.shortId(), names,
                    "--authority " + String.join("|", authorities)));
        }
        return complaints.get(complaints.size() - 1);
    }

    /** The complaint with the annexes inside; a signed one is signed again with the same key, else refused. */
    private byte[] embedded(TrackedRequest complaint, RequestEvent drafted, Evidence evidence,
                                   List<Annexes.Numbered> annexes, Language language,
                                   Function<Language, UnaryOperator<byte[]>> resign) {
        Optional<StoredDocument> unsigned = role(drafted, ComplaintService.ROLE_UNSIGNED);
        Instant now = clock.instant();
        if (unsigned.isEmpty()) {
            return AnnexEmbedder.embed(evidence.read(role(drafted, "complaint").orElseThrow()), annexes,
                    sha -> evidence.read(document(annexes, sha)), now);
        }
        if (resign == null) {
            throw AppException.usage(Message.of("error.embed_signed", complaint.shortId()));
        }
        List<SignatureReport> before = SignatureVerifier.verify(evidence.read(role(drafted, "complaint")
                .orElseThrow()), complaint.shortId());
        byte[] signed = resign.apply(language).apply(AnnexEmbedder.embed(evidence.read(unsigned.get()), annexes,
                sha -> evidence.read(document(annexes, sha)), now));
        List<SignatureReport> after = SignatureVerifier.verify(signed, complaint.shortId());
        if (before.isEmpty() || after.isEmpty() || !before.get(0).signer().equals(after.get(0).signer())) {
            throw AppException.usage(Message.of("error.resign_other", complaint.shortId(),
                    before.isEmpty() ? "-" : before.get(0).signer()));
        }
        return signed;
    }

    private static StoredDocument document(List<Annexes.Numbered> annexes, String sha256) {
        return annexes.stream().filter(n -> n.document().sha256().equals(sha256)).findFirst().orElseThrow()
                .document();
    }

    private static Optional<StoredDocument> role(RequestEvent event, String role) {
        return event.documents().stream().filter(d -> role.equals(d.role())).findFirst();
    }

    /** Adds a file under the hash recorded for it (its bytes were checked against it when read). */
    private static void add(Map<String, byte[]> files, List<Entry> entries, String name, String role, Integer annex,
                            byte[] content, String recordedSha256) {
        files.put(name, content);
        entries.add(new Entry(name, role, annex, content.length, recordedSha256));
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
