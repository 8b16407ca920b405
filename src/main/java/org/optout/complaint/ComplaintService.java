package org.optout.complaint;

import org.optout.tracker.RecordedNote;
import org.optout.ui.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterComposer;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * Drafts the complaint to a supervisory authority about an objection that was refused or left unanswered: in a
 * language the authority takes, with the chronology, the evidence of each step, the grounds the controller gave,
 * the infringements the recorded facts support and numbered annexes. One draft is kept per objection and authority,
 * as a complaint request following the objection; drafting it again supersedes the earlier version.
 */
public final class ComplaintService {
    /** Complaints may run longer than letters: a chronology table, a quotation and an annex list. */
    public static final int MAX_PAGES = 3;

    /** The longest answer of the user's own to a refusal that a complaint holds. */
    public static final int MAX_REBUTTAL = 1500;

    /** The document-store role of the complaint before it is signed (to embed annexes and sign again). */
    static final String ROLE_UNSIGNED = "complaint-unsigned";

    private final RequestStore store;
    private final DocumentStore documents;
    private final Clock clock;

    public ComplaintService(RequestStore store, DocumentStore documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * The user's choices.
     *
     * @param authorityId null for the default (country of residence, else the lead authority)
     * @param language null for the authority's language closest to the profile's
     * @param association the not-for-profit body acting under art. 80(1), or null
     * @param rebuttal the user's own answer to the refusal's grounds, or null
     */
    public record Options(String requestId, String authorityId, Language language, boolean force,
                          boolean confidential, String association, String rebuttal) {
    }

    /**
     * What was written: files, the tracked complaint, the filing steps and warnings for stderr.
     *
     * @param filing how to file it with the authority, one line each
     */
    public record Draft(TrackedRequest complaint, Authority authority, RenderedLetter pdf, List<Path> files,
                        List<Message> filing, List<Message> warnings) {
    }

    /**
     * Writes the complaint into {@code letters.outDirectory()}.
     *
     * @param letters the profile and output folder; its platforms and language are set here
     * @param seal what to apply to the PDF before it is written (a signature, or nothing), given its language
     * @param commandSuffix options to repeat in the commands printed as advice (e.g. {@code --db FILE})
     */
    public Draft draft(Options options, LetterWriter writer, LetterWriter.Request letters, Catalogue catalogue,
                       Function<Language, UnaryOperator<byte[]>> seal, String commandSuffix) {
        TrackedRequest request = store.get(options.requestId());
        if (request.kind() != RequestKind.OBJECTION) {
            throw AppException.invalidData(Message.of("error.complaint_not_objection", request.shortId(),
                    request.kind()));
        }
        Evidence evidence = new Evidence(documents);
        evidence.check(request);
        LocalDate today = LocalDate.now(clock);
        List<Message> warnings = new ArrayList<>();
        Readiness readiness = Readiness.of(request, today, options.force(), commandSuffix, warnings);
        if (options.rebuttal() != null && options.rebuttal().length() > MAX_REBUTTAL) {
            throw AppException.usage(Message.of("error.rebuttal_long", options.rebuttal().length(), MAX_REBUTTAL));
        }
        Platform platform = catalogue.platform(request.platform());
        Authority authority = AuthorityChoice.choose(options.authorityId(), letters.profile().country(), platform,
                catalogue);
        if (options.authorityId() == null) {
            List<Authority> regional = AuthorityChoice.regional(authority, catalogue);
            if (!regional.isEmpty()) {
                warnings.add(Message.of("warning.regional", authority.shortName(), authority.country(),
                        String.join(", ", regional.stream().map(Authority::id).toList()), authority.notes().stream()
                        .findFirst().map(n -> ": " + n.text().in(letters.profile().language())).orElse("")));
            }
        }
        Language language = AuthorityChoice.language(options.language(), authority, letters.profile().language(),
                l -> writer.writes(l, "complaint.ftlx"), warnings);
        LetterWriter.Request forPlatform = new LetterWriter.Request(letters.profile(), letters.profileLabel(),
                List.of(platform), language, today, letters.outDirectory(), false);

        List<Annexes.Numbered> annexes = Annexes.of(request);
        String base = "complaint-" + request.shortId() + "-" + authority.id();
        ComplaintModel model = ComplaintModels.of(request, platform, authority, catalogue, language, annexes, today,
                options, readiness, RefusalGrounds.of(request, annexes, evidence::read),
                base + "-" + language.code() + ".pdf");
        RenderedLetter unsigned = writer.renderDocument(forPlatform, letter -> letter.withRecipient(
                recipient(authority, language)), "complaint", model, base, MAX_PAGES);
        RenderedLetter pdf = unsigned.sealed(seal.apply(language));
        List<Path> files = new ArrayList<>(LetterWriter.save(List.of(pdf), letters.outDirectory(), false));
        Path form = null;
        if (model.form() != null) {
            form = letters.outDirectory().resolve(base + "-form.txt");
            PrivateFiles.write(form, writer.renderText("complaint-form.txt.ftl", language, pdf.model(), model)
                    .getBytes(StandardCharsets.UTF_8));
            files.add(form);
        }
        TrackedRequest complaint = keep(request, platform, authority, language, pdf, unsigned, letters, today);
        List<Message> filing = Filing.steps(authority, files.get(0), form, model.uploads(), "optout requests "
                + "complained " + request.shortId() + " --authority " + authority.id() + " --ref REFERENCE"
                + commandSuffix, "optout dossier " + request.shortId() + " --authority " + authority.id()
                + commandSuffix);
        return new Draft(complaint, authority, pdf, files, filing, warnings);
    }

    /** Stores the draft: a new version of this objection's complaint to this authority, or its first. */
    private TrackedRequest keep(TrackedRequest request, Platform platform, Authority authority, Language language,
                                RenderedLetter pdf, RenderedLetter unsigned, LetterWriter.Request letters,
                                LocalDate today) {
        List<StoredDocument> stored = new ArrayList<>();
        stored.add(documents.store(pdf.pdf(), "application/pdf", pdf.baseName() + ".pdf", "complaint"));
        if (pdf.pdf() != unsigned.pdf()) {
            stored.add(documents.store(unsigned.pdf(), "application/pdf", pdf.baseName() + "-unsigned.pdf",
                    ROLE_UNSIGNED));
        }
        Optional<TrackedRequest> existing = Complaints.of(store, request, authority.id());
        if (existing.isPresent()) {
            return store.append(existing.get().id(), new NewEvent(EventType.DRAFTED, today,
                    RecordedNote.SUPERSEDES.english(authority.shortName(), String.valueOf(existing.get()
                            .latest(EventType.DRAFTED).orElseThrow().on())), authority.id(), stored));
        }
        return store.create(new NewRequest(platform.id(), RequestKind.COMPLAINT, language.code(),
                Channel.POST, authority.country(), letters.profile().country(), request.id()),
                new NewEvent(EventType.DRAFTED, today, RecordedNote.TO.english(authority.shortName()), authority.id(),
                        stored));
    }

    static LetterModel.Recipient recipient(Authority authority, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(authority.name().in(language));
        lines.addAll(authority.addressIn(language));
        return new LetterModel.Recipient(authority.name().in(language), lines,
                LetterComposer.countryName(authority.country(), language), null, false);
    }
}
