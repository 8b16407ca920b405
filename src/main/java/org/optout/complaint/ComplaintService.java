package org.optout.complaint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.optout.tracker.RequestChannel;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * Drafts the complaint to a supervisory authority about an objection that was refused or left unanswered: in the
 * authority's language, with the chronology, the infringements the recorded facts support and numbered annexes.
 * The draft is kept in the tracker as a complaint request following the objection.
 */
public final class ComplaintService {
    /** Complaints may run longer than letters: a chronology table and an annex list. */
    public static final int MAX_PAGES = 3;

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
     */
    public record Options(String requestId, String authorityId, Language language, boolean force,
                          boolean confidential, String association) {
    }

    /** What was written: files, the tracked complaint, and warnings for stderr. */
    public record Draft(TrackedRequest complaint, Authority authority, RenderedLetter pdf, List<Path> files,
                        List<String> warnings) {
    }

    /**
     * Writes the complaint into {@code letters.outDirectory()}.
     *
     * @param letters the profile and output folder; its platforms and language are set here
     * @param seal what to apply to the PDF before it is written (a signature, or nothing), given its language
     */
    public Draft draft(Options options, LetterWriter writer, LetterWriter.Request letters, Catalogue catalogue,
                       Function<Language, UnaryOperator<byte[]>> seal) {
        TrackedRequest request = store.get(options.requestId());
        LocalDate today = LocalDate.now(clock);
        List<String> warnings = new ArrayList<>();
        boolean silence = ComplaintFacts.silence(request, today);
        boolean refused = ComplaintFacts.refused(request);
        if (request.kind() != RequestKind.OBJECTION) {
            throw AppException.invalidData(request.shortId() + " is a " + request.kind().name().toLowerCase(Locale.ROOT)
                    + "; complaints follow objections");
        }
        String possibleFrom = request.deadline().map(d -> d.date().plusDays(1).toString()).orElse(null);
        if (!silence && !refused) {
            if (!options.force()) {
                throw AppException.invalidData(request.shortId() + " was neither refused nor left unanswered past its "
                        + "deadline (status " + request.status().label() + "): a complaint is possible "
                        + (possibleFrom == null ? "once it is sent and received and its deadline passes"
                                : "from " + possibleFrom) + ", or after a refusal; --force drafts it anyway");
            }
            warnings.add("drafted with --force: " + request.shortId() + " is " + request.status().label()
                    + "; the draft says so");
        }
        Platform platform = catalogue.platform(request.platform());
        Authority authority = authority(options.authorityId(), letters.profile().country(), platform, catalogue);
        Language language = language(options.language(), authority, letters.profile().language(), warnings);
        LetterWriter.Request forPlatform = new LetterWriter.Request(letters.profile(), letters.profileLabel(),
                List.of(platform), language, today, letters.outDirectory(), false);

        List<Annexes.Numbered> annexes = Annexes.of(request);
        ComplaintModel model = model(request, platform, authority, catalogue, language, annexes, today, options,
                silence, refused, possibleFrom);
        String base = "complaint-" + request.shortId() + "-" + authority.id();
        RenderedLetter pdf = writer.renderDocument(forPlatform, letter -> letter.withRecipient(recipient(authority,
                language)), "complaint", model, base, MAX_PAGES).sealed(seal.apply(language));
        List<Path> files = new ArrayList<>(LetterWriter.save(List.of(pdf), letters.outDirectory(), false));
        if (authority.id().equals("cnil")) {
            Path form = letters.outDirectory().resolve(base + "-form.txt");
            PrivateFiles.write(form, writer.renderText("complaint-cnil-form.txt.ftl", Language.FR, pdf.model(), model)
                    .getBytes(StandardCharsets.UTF_8));
            files.add(form);
        }
        StoredDocument stored = documents.store(pdf.pdf(), "application/pdf", pdf.baseName() + ".pdf", "complaint");
        TrackedRequest complaint = store.create(new NewRequest(platform.id(), RequestKind.COMPLAINT, language.code(),
                RequestChannel.POST, authority.country(), letters.profile().country(), request.id()),
                new NewEvent(EventType.DRAFTED, today, "to " + authority.shortName(), authority.id(), List.of(stored)));
        return new Draft(complaint, authority, pdf, files, warnings);
    }

    static ComplaintModel model(TrackedRequest request, Platform platform, Authority authority, Catalogue catalogue,
                                 Language language, List<Annexes.Numbered> annexes, LocalDate today, Options options,
                                 boolean silence, boolean refused, String possibleFrom) {
        Optional<Authority> lead = catalogue.leadAuthorityOf(platform);
        Platform.Controller c = platform.controller();
        ComplaintModel.ControllerInfo controller = new ComplaintModel.ControllerInfo(c.legalName(), c.address(),
                LetterComposer.countryName(c.country(), language), c.registrationNumber(),
                lead.map(a -> a.name().in(language) + " (" + a.shortName() + ")").orElse(null),
                lead.map(a -> a.id().equals(authority.id())).orElse(false),
                platform.leadAuthority().confidence().toVerify());
        String refusedDate = request.events().stream().filter(e -> e.type() == EventType.REFUSED)
                .reduce((a, b) -> b).map(e -> LetterWriter.formatDate(e.on(), language)).orElse(null);
        return new ComplaintModel(request.shortId(),
                new ComplaintModel.AuthorityInfo(authority.id(), authority.name().in(language), authority.shortName()),
                controller, ComplaintFacts.chronology(request, annexes, today, language),
                request.deadline().map(d -> LetterWriter.formatDate(d.date(), language)).orElse(null),
                silence, refused, refusedDate, ComplaintFacts.infringements(request, today),
                annexes.stream().map(Annexes.Numbered::annex).toList(),
                !silence && !refused, possibleFrom == null ? null
                        : LetterWriter.formatDate(LocalDate.parse(possibleFrom), language),
                options.confidential(), options.association(), authority.requirements().signed());
    }

    static LetterModel.Recipient recipient(Authority authority, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(authority.name().in(language));
        lines.addAll(authority.address());
        return new LetterModel.Recipient(authority.name().in(language), lines,
                LetterComposer.countryName(authority.country(), language), false, false);
    }

    /** The authority chosen, else the one of the user's country (FR, BE, IE), else the platform's lead authority. */
    static Authority authority(String id, String country, Platform platform, Catalogue catalogue) {
        if (id != null) {
            return catalogue.authority(id).orElseThrow(() -> AppException.usage("--authority: unknown authority '"
                    + id + "'; known: " + String.join(", ", catalogue.authorities().stream().map(Authority::id).toList())));
        }
        String byCountry = switch (country) {
            case "FR" -> "cnil";
            case "BE" -> "apd";
            case "IE" -> "dpc";
            default -> null;
        };
        return Optional.ofNullable(byCountry).flatMap(catalogue::authority)
                .or(() -> catalogue.leadAuthorityOf(platform))
                .orElseThrow(() -> AppException.usage("--authority is needed: no default authority for country "
                        + country + " and " + platform.id() + " has no lead authority"));
    }

    private static Language language(Language asked, Authority authority, Language preferred, List<String> warnings) {
        List<String> accepted = authority.languages();
        if (asked != null) {
            if (!accepted.contains(asked.code())) {
                throw AppException.usage("--lang: " + authority.shortName() + " takes complaints in "
                        + String.join(", ", accepted) + ", not " + asked.code());
            }
            return asked;
        }
        if (accepted.contains(preferred.code())) {
            return preferred;
        }
        for (Language language : Language.values()) {
            if (accepted.contains(language.code())) {
                return language;
            }
        }
        warnings.add(authority.shortName() + " takes complaints in " + String.join(", ", accepted)
                + ": the draft is in English, to translate before filing");
        return Language.EN;
    }
}
