package org.optout.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterComposer;
import org.optout.letter.LetterWriter;
import org.optout.tracker.EventType;
import org.optout.tracker.TrackedRequest;

/** Builds the one {@link ComplaintModel} the complaint, form and annex-index templates see. */
final class ComplaintModels {
    private ComplaintModels() {
    }

    /**
     * @param grounds the refusal's grounds, or null
     * @param pdfName the complaint's file name, first of the files to upload
     */
    static ComplaintModel of(TrackedRequest request, Platform platform, Authority authority, Catalogue catalogue,
                             Language language, List<Annexes.Numbered> annexes, LocalDate today,
                             ComplaintService.Options options, Readiness readiness, ComplaintModel.Grounds grounds,
                             String pdfName) {
        ComplaintModel.ControllerInfo controller = controller(platform, authority, catalogue, language);
        String refusedDate = request.latest(EventType.REFUSED).map(e -> date(e.on(), language)).orElse(null);
        List<ComplaintModel.MissingProof> missing = readiness.missing().stream().map(m -> new ComplaintModel
                .MissingProof(date(m.event().on(), language), ComplaintFacts.eventKey(m.event().type()),
                m.event().type() == EventType.SENT || m.event().type() == EventType.RECEIVED
                        ? request.channel().label() : null)).toList();
        List<String> uploads = new ArrayList<>();
        uploads.add(pdfName);
        annexes.forEach(n -> uploads.add(n.annex().fileName()));
        uploads.add(indexName(request));
        return new ComplaintModel(request.shortId(),
                new ComplaintModel.AuthorityInfo(authority.id(), authority.name().in(language), authority.shortName()),
                controller, ComplaintFacts.chronology(request, annexes, today, language),
                request.deadline().map(d -> date(d.date(), language)).orElse(null),
                readiness.silence(), readiness.refused(), refusedDate, ComplaintFacts.infringements(request, today),
                annexes.stream().map(Annexes.Numbered::annex).toList(), readiness.notDue(),
                readiness.possibleFrom() == null ? null : date(readiness.possibleFrom(), language),
                readiness.graceEnd() == null ? null : date(readiness.graceEnd(), language), missing, grounds,
                options.rebuttal(), options.confidential(), options.association(),
                authority.requirements().signed(), form(authority, language), uploads);
    }

    /** The controller complained about, with its lead authority, as a complaint to {@code authority} names it. */
    static ComplaintModel.ControllerInfo controller(Platform platform, Authority authority, Catalogue catalogue,
                                                    Language language) {
        Optional<Authority> lead = catalogue.leadAuthorityOf(platform);
        Platform.Controller c = platform.controller();
        return new ComplaintModel.ControllerInfo(c.legalName(), c.address(),
                LetterComposer.countryName(c.country(), language), c.registrationNumber(),
                lead.map(a -> a.name().in(language) + " (" + a.shortName() + ")").orElse(null),
                lead.map(a -> a.id().equals(authority.id())).orElse(false),
                platform.leadAuthority().confidence().toVerify());
    }

    /** The file name of a dossier's annex index. */
    static String indexName(TrackedRequest request) {
        return "annex-index-" + request.shortId() + ".pdf";
    }

    private static ComplaintModel.FormInfo form(Authority authority, Language language) {
        Authority.Form form = authority.form();
        if (form == null) {
            // an online form whose fields the catalogue does not list: the usual sections, said to be unconfirmed
            return authority.complaintChannels().stream()
                    .filter(c -> c.type() == Authority.ChannelType.WEB_FORM && c.accepted() != Authority.Acceptance.NO
                            && c.url() != null)
                    .findFirst().map(c -> new ComplaintModel.FormInfo(c.url(), List.of(), null, true)).orElse(null);
        }
        return new ComplaintModel.FormInfo(form.url(), form.fields().stream().map(f -> new ComplaintModel.FormField(
                f.key(), f.label().in(language), f.maxChars())).toList(),
                form.note() == null ? null : form.note().in(language), form.confidence().toVerify());
    }

    private static String date(LocalDate date, Language language) {
        return LetterWriter.formatDate(date, language);
    }
}
