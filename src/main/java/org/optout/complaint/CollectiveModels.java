package org.optout.complaint;

import org.optout.campaign.Association;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterComposer;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterWriter;
import org.optout.tracker.RequestStatus;

/** Builds the one {@link CollectiveModel} the collective complaint and its annex see, from the records. */
final class CollectiveModels {
    /** How many hexadecimal characters of a hash the annex prints; the manifest has them all. */
    static final int SHORT_HASH = 12;

    private CollectiveModels() {
    }

    static CollectiveModel of(Association association, List<CollectiveDossier.MemberFiles> members,
                              Platform platform, Authority authority, Catalogue catalogue, Language language,
                              LocalDate today, CollectiveModel.Files files) {
        LetterModel.Sender sender = new LetterModel.Sender(association.name(), association.postalAddress(),
                LetterComposer.countryName(association.country(), language), association.email(), null);
        CollectiveModel.AssociationInfo info = new CollectiveModel.AssociationInfo(association.name(),
                association.legalForm(language), association.registrationNumber(),
                LetterComposer.countryName(association.country(), language), association.representative().name(),
                CollectiveComplaintService.role(association, language), association.representative().signature());
        List<CollectiveModel.Row> rows = new ArrayList<>();
        for (CollectiveDossier.MemberFiles f : members) {
            rows.add(row(rows.size() + 1, f, language));
        }
        return new CollectiveModel(language.code(), LetterWriter.formatDate(today, language), sender, info,
                ComplaintService.recipient(authority, language),
                new ComplaintModel.AuthorityInfo(authority.id(), authority.name().in(language), authority.shortName()),
                ComplaintModels.controller(platform, authority, catalogue, language), platform.name(),
                facts(members, language), rows, files, authority.requirements().signed());
    }

    private static CollectiveModel.Facts facts(List<CollectiveDossier.MemberFiles> files, Language language) {
        List<MemberRequest> members = files.stream().map(CollectiveDossier.MemberFiles::member).toList();
        List<MemberRequest> refused = members.stream().filter(m -> m.status() == RequestStatus.REFUSED).toList();
        List<MemberRequest> overdue = members.stream().filter(m -> m.status() != RequestStatus.REFUSED).toList();
        int late = (int) refused.stream().filter(m -> m.refusedOn() != null && m.deadline() != null
                && m.refusedOn().isAfter(m.deadline())).count();
        List<String> channels = members.stream().map(MemberRequest::channel).filter(Objects::nonNull).distinct()
                .sorted().map(Channel::label).toList();
        return new CollectiveModel.Facts(members.size(), refused.size(), late, overdue.size(),
                (int) members.stream().filter(m -> !m.remindersSent().isEmpty()).count(), channels,
                first(members, MemberRequest::sentOn, language), last(members, MemberRequest::sentOn, language),
                first(refused, MemberRequest::refusedOn, language), last(refused, MemberRequest::refusedOn, language),
                first(overdue, MemberRequest::deadline, language), last(overdue, MemberRequest::deadline, language),
                first(members, MemberRequest::mandateSignedOn, language),
                last(members, MemberRequest::mandateSignedOn, language),
                (int) files.stream().filter(f -> f.mandateFile() != null).count(),
                files.stream().mapToInt(f -> f.evidence().size()).sum());
    }

    private static CollectiveModel.Row row(int number, CollectiveDossier.MemberFiles files, Language language) {
        MemberRequest m = files.member();
        List<CollectiveModel.Ref> evidence = files.evidence().stream().map(i -> new CollectiveModel.Ref(
                i.role(), i.file().substring(i.file().indexOf('/') + 1), i.document().sha256() == null ? null
                : i.document().sha256().substring(0, Math.min(SHORT_HASH, i.document().sha256().length())))).toList();
        return new CollectiveModel.Row(number, m.memberId(), m.name(), m.account(), m.requestId(),
                shortDate(m.sentOn(), language), m.channel() == null ? null : m.channel().label(),
                m.status() == RequestStatus.REFUSED ? "refused" : "overdue", shortDate(m.refusedOn(), language),
                shortDate(m.deadline(), language),
                m.remindersSent().isEmpty() ? null : shortDate(m.remindersSent().get(m.remindersSent().size() - 1),
                        language), shortDate(m.mandateSignedOn(), language),
                files.mandateFile() == null ? null : files.mandateFile().substring(files.mandateFile().indexOf('/') + 1),
                evidence);
    }

    private static String first(List<MemberRequest> members, Function<MemberRequest, LocalDate> date,
                                Language language) {
        return members.stream().map(date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(d -> LetterWriter.formatDate(d, language)).orElse(null);
    }

    private static String last(List<MemberRequest> members, Function<MemberRequest, LocalDate> date,
                               Language language) {
        return members.stream().map(date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(d -> LetterWriter.formatDate(d, language)).orElse(null);
    }

    /** A date in a table cell: 05/04/2026, 05-04-2026, 05.04.2026, 5 Apr 2026. */
    static String shortDate(LocalDate date, Language language) {
        if (date == null) {
            return null;
        }
        String pattern = switch (language) {
            case FR -> "dd/MM/yyyy";
            case NL -> "dd-MM-yyyy";
            case DE -> "dd.MM.yyyy";
            case EN -> "d MMM yyyy";
        };
        return date.format(DateTimeFormatter.ofPattern(pattern, language.locale()));
    }
}
