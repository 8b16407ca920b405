package org.optout.complaint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.campaign.Association;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterWriter;
import org.optout.pdf.LetterFont;
import org.optout.ui.Message;

/**
 * The representative complaint of an association (art. 80(1) GDPR) to a supervisory authority (art. 77), for every
 * member whose objection to a platform was refused or is overdue by the tracker's own rule
 * ({@link MemberRequest#qualifies}). It writes a dossier folder and zip: the complaint (at most three pages whatever
 * the number of members: counts and date ranges only), annex 1 listing exactly the members included (one table row
 * each, paginated), annex 2 their signed mandates, annex 3 the evidence of each request, annex 4 the statutes, and
 * the SHA-256 manifest. Only members with a signed mandate are represented: others stop the complaint, or are left
 * out and reported when the caller asks for it.
 */
public final class CollectiveComplaintService {
    /** The complaint's page budget, the same as an individual complaint's. */
    public static final int MAX_PAGES = ComplaintService.MAX_PAGES;
    /** The most members one complaint is lodged for. */
    public static final int MAX_MEMBERS = 100_000;
    static final String TEMPLATE = "complaint-collective";
    static final String ANNEX_TEMPLATE = "complaint-collective-annex";
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MemberRequest.MAX_ID - 1)
            + "}");
    /** The most members named in an error line; the rest are counted. */
    private static final int NAMED_IN_ERRORS = 20;

    private final LetterWriter writer;
    private final Clock clock;

    public CollectiveComplaintService(LetterWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * The caller's choices.
     *
     * @param authorityId the authority, or null for the national one of the association's country, else the
     *     platform's lead authority
     * @param language null for the authority's language closest to the association's
     * @param skipUnmandated leave out, and report, the members concerned who have not signed a mandate (else they
     *     stop the complaint)
     * @param out the dossier folder to create; the zip is written beside it as {@code out}.zip. Neither may exist.
     */
    public record Options(String platformId, String authorityId, Language language, boolean skipUnmandated,
                          Path out, Path statutes) {
        /** Without statutes. */
        public Options(String platformId, String authorityId, Language language, boolean skipUnmandated, Path out) {
            this(platformId, authorityId, language, skipUnmandated, out, null);
        }
    }

    /**
     * What was written.
     *
     * @param included the members the complaint is lodged for, in annex order
     * @param unmandated the members concerned who were left out for want of a signed mandate
     * @param notConcerned how many members were neither refused nor overdue (answered, pending, not sent…)
     * @param entries every file of the dossier with its SHA-256, as in the manifest
     * @param warnings as {@link ComplaintService.Draft#warnings()} (e.g. no template in the authority's
     *     language)
     */
    public record Result(Path folder, Path zip, Authority authority, Language language,
                         List<MemberRequest> included, List<MemberRequest> unmandated, int notConcerned,
                         List<DossierService.Entry> entries, List<Message> warnings) {
        public Result {
            included = List.copyOf(included);
            unmandated = List.copyOf(unmandated);
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }
    }

    /** Selects the members, renders the complaint and annex (PDF/A) and writes the dossier. */
    public Result write(Association association, List<MemberRequest> members, Catalogue catalogue, Options options) {
        check(association, members);
        LocalDate today = LocalDate.now(clock);
        Platform platform = catalogue.platform(options.platformId());
        Selection selection = select(members, today, platform, options.skipUnmandated());
        Authority authority = AuthorityChoice.choose(options.authorityId(), association.country(), platform, catalogue);
        List<Message> warnings = new ArrayList<>();
        Language language = AuthorityChoice.language(options.language(), authority, association.languages().get(0),
                l -> writer.writes(l, TEMPLATE + ".ftlx"), warnings);

        CollectiveModel.Files names = CollectiveDossier.files(language, platform.id(), authority.id(),
                options.statutes());
        List<CollectiveDossier.MemberFiles> files = CollectiveDossier.name(selection.included(), names);
        CollectiveModel model = CollectiveModels.of(association, files, platform, authority, catalogue,
                language, today, names);
        byte[] complaint = writer.renderPdf(TEMPLATE, language, model, List.of(association.name(),
                model.controller().legalName()), MAX_PAGES);
        List<String> listed = new ArrayList<>(List.of(association.name()));
        selection.included().forEach(m -> listed.add(m.requestId()));
        byte[] annex = writer.renderPdf(ANNEX_TEMPLATE, language, model, listed, Integer.MAX_VALUE);

        CollectiveDossier.Written written = new CollectiveDossier(clock).write(options.out(),
                "Collective complaint of " + association.name() + " about " + platform.id() + " to "
                        + authority.shortName() + ": " + selection.included().size() + " members",
                items(options.statutes(), names, complaint, annex, files));
        return new Result(written.folder(), written.zip(), authority, language, selection.included(),
                selection.unmandated(), members.size() - selection.concerned(), written.entries(), warnings);
    }

    /** The members a complaint is lodged for, those left out for want of a mandate, and how many qualified. */
    private record Selection(List<MemberRequest> included, List<MemberRequest> unmandated, int concerned) {
    }

    /**
     * The members refused or overdue on {@code today}, with a mandate signed by then; refuses when there are none,
     * or when some lack a mandate and they are not to be left out.
     */
    private static Selection select(List<MemberRequest> members, LocalDate today, Platform platform,
                                    boolean skipUnmandated) {
        List<MemberRequest> concerned = members.stream().filter(m -> m.qualifies(today)).toList();
        if (concerned.isEmpty()) {
            throw AppException.invalidData(Message.of("error.collective.nobody", platform.id(), members.size()));
        }
        Map<Boolean, List<MemberRequest>> mandated = concerned.stream().collect(Collectors.partitioningBy(
                m -> m.mandateSignedOn() != null && !m.mandateSignedOn().isAfter(today)));
        List<MemberRequest> included = mandated.get(true);
        List<MemberRequest> unmandated = mandated.get(false);
        if (included.isEmpty()) {
            throw AppException.invalidData(Message.of("error.collective.none_mandated", concerned.size(),
                    ids(unmandated)));
        }
        if (!unmandated.isEmpty() && !skipUnmandated) {
            throw AppException.invalidData(Message.of("error.collective.unmandated", unmandated.size(),
                    ids(unmandated)));
        }
        printable(included);
        return new Selection(included, unmandated, concerned.size());
    }

    /** The dossier's files in order: complaint, annex 1, the mandates (annex 2), the evidence (3), the statutes (4). */
    private static List<CollectiveDossier.Item> items(Path statutes, CollectiveModel.Files names,
                                                      byte[] complaint, byte[] annex,
                                                      List<CollectiveDossier.MemberFiles> files) {
        List<CollectiveDossier.Item> items = new ArrayList<>();
        items.add(new CollectiveDossier.Item(names.complaint(), "complaint", null, rendered(complaint)));
        items.add(new CollectiveDossier.Item(names.members(), "members", 1, rendered(annex)));
        for (CollectiveDossier.MemberFiles f : files) {
            if (f.mandateFile() != null) {
                items.add(new CollectiveDossier.Item(f.mandateFile(), "mandate", 2, f.member().mandate()));
            }
        }
        files.forEach(f -> items.addAll(f.evidence()));
        if (names.statutes() != null) {
            items.add(new CollectiveDossier.Item(names.statutes(), "statutes", 4,
                    MemberRequest.Document.file("statutes", statutes)));
        }
        return items;
    }

    private static MemberRequest.Document rendered(byte[] pdf) {
        return new MemberRequest.Document("pdf", null, null, () -> pdf);
    }

    /** The association may act under art. 80(1) and its fields can be printed; the members are distinct. */
    private static void check(Association association, List<MemberRequest> members) {
        List<String> missing = undeclared(association);
        if (!missing.isEmpty()) {
            throw AppException.invalidData(Message.of("error.collective.article80", association.name(),
                    String.join(", ", missing)));
        }
        if (members.size() > MAX_MEMBERS) {
            throw AppException.invalidData(Message.of("error.collective.too_many", members.size(), MAX_MEMBERS));
        }
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("name", association.name());
        printed.put("legal_form", association.legalForms() == null ? association.legalForm()
                : String.join(" ", new java.util.TreeMap<>(association.legalForms()).values()));
        printed.put("registration_number", association.registrationNumber());
        printed.put("address", String.join(" ", association.postalAddress()));
        printed.put("email", association.email());
        printed.put("signatory", association.representative().name() + " "
                + String.join(" ", new java.util.TreeMap<>(association.representative().role()).values()));
        printable("association", printed);
        Set<String> ids = new HashSet<>();
        Set<String> requests = new HashSet<>();
        for (MemberRequest m : members) {
            if (!MEMBER_ID.matcher(m.memberId()).matches()) {
                throw AppException.invalidData(Message.of("error.collective.member_id", m.memberId(),
                        MemberRequest.MAX_ID));
            }
            if (!ids.add(m.memberId()) || !requests.add(m.requestId())) {
                throw AppException.invalidData(Message.of("error.collective.duplicate", m.memberId(),
                        m.requestId()));
            }
        }
    }

    /**
     * The conditions of art. 80(1) the association's file does not declare, by their key: properly constituted
     * (a legal form), not-for-profit, statutory objectives in the public interest, active in data protection (each
     * stated in the file).
     */
    static List<String> undeclared(Association association) {
        Association.Article80 a = association.article80();
        List<String> missing = new ArrayList<>();
        if (association.legalForm() == null || association.legalForm().isBlank()) {
            missing.add("properly_constituted");
        }
        if (a == null || !a.notForProfit()) {
            missing.add("not_for_profit");
        }
        if (a == null || a.statutoryObjectives().isEmpty()) {
            missing.add("public_interest_objectives");
        }
        if (a == null || a.dataProtectionActivity().isEmpty()) {
            missing.add("active_in_data_protection");
        }
        return missing;
    }

    /** The signatory's role in {@code language}, else in the association's first language that has one. */
    static String role(Association association, Language language) {
        Map<String, String> roles = association.representative().role();
        if (roles.containsKey(language.code())) {
            return roles.get(language.code());
        }
        return association.languages().stream().map(l -> roles.get(l.code())).filter(java.util.Objects::nonNull)
                .findFirst().orElse("");
    }

    /** Only the members included are printed: their fields must be drawable with the letter font. */
    private static void printable(List<MemberRequest> included) {
        for (MemberRequest m : included) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", m.name());
            fields.put("account", m.account());
            printable("member " + m.memberId(), fields);
        }
    }

    private static void printable(String who, Map<String, String> fields) {
        fields.forEach((field, value) -> {
            if (value != null) {
                LetterFont.firstUndrawable(value).ifPresent(cp -> {
                    throw AppException.invalidData(Message.of("error.collective.unprintable", who, field,
                            Character.toString(cp), String.format("%04X", cp), LetterFont.FAMILY));
                });
            }
        });
    }

    private static String ids(List<MemberRequest> members) {
        String named = String.join(", ", members.stream().limit(NAMED_IN_ERRORS).map(MemberRequest::memberId)
                .toList());
        return members.size() > NAMED_IN_ERRORS ? named + " (+" + (members.size() - NAMED_IN_ERRORS) + ")" : named;
    }
}
