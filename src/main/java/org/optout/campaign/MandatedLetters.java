package org.optout.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterCheck;
import org.optout.letter.LetterComposer;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;

/**
 * Renders a member's documents in memory, each checked as letters are (expected names in the extracted text, page
 * count): the objection the association writes to a platform on the member's behalf
 * ({@code <lang>/objection-mandated.ftlx}), and the mandate for the member to sign ({@code <lang>/mandate.ftlx}).
 * One instance per thread: it holds its own PDF renderer.
 */
final class MandatedLetters {
    static final String OBJECTION = "objection-mandated";
    static final String MANDATE = "mandate";

    private final LetterTemplates templates;
    private final PdfRenderer renderer;
    /** The user's templates whose first PDF this instance read back in full (see {@link LetterCheck}). */
    private final java.util.Set<String> readBack = new java.util.HashSet<>();
    private final Association association;
    private final List<Platform> platforms;
    private final LocalDate date;

    MandatedLetters(LetterTemplates templates, Association association, List<Platform> platforms, LocalDate date) {
        this(templates, association, platforms, date, new PdfRenderer());
    }

    MandatedLetters(LetterTemplates templates, Association association, List<Platform> platforms, LocalDate date,
                    PdfRenderer renderer) {
        this.renderer = renderer;
        this.templates = templates;
        this.association = association;
        this.platforms = List.copyOf(platforms);
        this.date = date;
    }

    /** A document rendered for a member. */
    record Rendered(DocumentKind kind, String platform, Language language, String file, byte[] pdf) {
    }

    /** The language of the member's documents. */
    Language languageOf(Member member) {
        return association.languageFor(member.language() != null ? member.language()
                : Language.defaultFor(member.country()));
    }

    static String objectionFile(String platformId, Language language) {
        return "objection-" + platformId + "-" + language.code() + ".pdf";
    }

    static String mandateFile(Language language) {
        return "mandate-" + language.code() + ".pdf";
    }

    Rendered objection(Member member, Platform platform) {
        return objection(member, platform, false).letter();
    }

    /** The objection and its plain-text twin (the body of its email), written from the same model. */
    record WithText(Rendered letter, String text) {
    }

    /** The objection with its plain-text twin, for {@code campaign send}. */
    WithText objectionWithText(Member member, Platform platform) {
        return objection(member, platform, true);
    }

    private WithText objection(Member member, Platform platform, boolean withText) {
        Language language = languageOf(member);
        LetterModel model = objectionModel(member, platform, language);
        List<String> expected = new ArrayList<>(List.of(association.name(), member.name(),
                model.recipient().legalName()));
        model.accountIds().forEach(id -> expected.add(id.value()));
        MandateFacts facts = facts(member, language);
        byte[] pdf = render(OBJECTION, language, model, facts, expected);
        String text = withText ? templates.render(OBJECTION + ".txt.ftl", language, model, facts) : null;
        return new WithText(new Rendered(DocumentKind.OBJECTION, platform.id(), language,
                objectionFile(platform.id(), language), pdf), text);
    }

    /** The plain-text twin of the objection (the body of the e-mail that sends it); its first line is the subject. */
    String objectionText(Member member, Platform platform) {
        Language language = languageOf(member);
        return templates.render(OBJECTION + ".txt.ftl", language, objectionModel(member, platform, language),
                facts(member, language));
    }

    private LetterModel objectionModel(Member member, Platform platform, Language language) {
        LetterModel.Sender sender = new LetterModel.Sender(association.name(), association.postalAddress(),
                LetterComposer.countryName(association.country(), language), association.email(), null);
        return LetterComposer.composeFor(sender, member.account(platform.id()).stream().toList(), member.email(),
                member.situation(), platform, language, date, association.representative().signature());
    }

    Rendered mandate(Member member) {
        Language language = languageOf(member);
        LetterModel.Sender sender = new LetterModel.Sender(member.name(), member.addressLines(),
                LetterComposer.countryName(member.country(), language), member.email(), null);
        List<String> lines = new ArrayList<>();
        lines.add(association.name());
        lines.addAll(association.postalAddress());
        LetterModel.Recipient recipient = new LetterModel.Recipient(association.name(), lines,
                LetterComposer.countryName(association.country(), language), null, false);
        LetterModel model = new LetterModel(language.code(), LetterWriter.formatDate(date, language), null, "post",
                sender, recipient, null, null, List.of(), null, null, false, List.of(), false, false, false, null);
        byte[] pdf = render(MANDATE, language, model, facts(member, language),
                List.of(member.name(), association.name()));
        return new Rendered(DocumentKind.MANDATE, "", language, mandateFile(language), pdf);
    }

    private MandateFacts facts(Member member, Language language) {
        String code = language.code();
        MandateFacts.Body body = new MandateFacts.Body(association.name(), association.legalForm(language),
                association.registrationNumber(), association.postalAddress(),
                LetterComposer.countryName(association.country(), language), association.email(),
                association.representative().name(), association.representative().role().get(code),
                association.article80().statutoryObjectives().get(code),
                association.article80().dataProtectionActivity().get(code));
        MandateFacts.Person person = new MandateFacts.Person(member.name(), member.addressLines(),
                LetterComposer.countryName(member.country(), language), member.email());
        return new MandateFacts(person, body, member.mandateSignedOn() == null ? null
                : LetterWriter.formatDate(member.mandateSignedOn(), language),
                platforms.stream().map(Platform::name).toList());
    }

    private byte[] render(String template, Language language, LetterModel model, MandateFacts facts,
                          List<String> expected) {
        String name = language.code() + "/" + template + ".ftlx";
        PdfRenderer.RenderedPdf pdf = renderer.renderPdf(templates.render(template + ".ftlx", language, model, facts),
                templates.label(name));
        LetterCheck.check(templates, pdf, name, expected, LetterWriter.MAX_PAGES, readBack);
        return pdf.bytes();
    }
}
