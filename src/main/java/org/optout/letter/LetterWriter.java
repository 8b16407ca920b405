package org.optout.letter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.pdf.LetterFont;
import org.optout.pdf.PdfCheck;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.ui.Message;

/**
 * Writes objection letters: checks the profile can be printed, renders every letter in memory, checks each PDF,
 * and only then writes the files (atomically, owner-only), so that a failure leaves no partial output.
 */
public final class LetterWriter {
    /** A letter must fit on two A4 pages. */
    public static final int MAX_PAGES = 2;

    private final LetterTemplates templates;
    private final PdfRenderer renderer;

    public LetterWriter(LetterTemplates templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /**
     * What to write.
     *
     * @param profileLabel how the profile file is named in error messages
     * @param language the letters' language, or null for the profile's
     * @param withText whether to write the plain-text twin of each letter
     */
    public record Request(Profile profile, String profileLabel, List<Platform> platforms, Language language,
                          LocalDate date, Path outDirectory, boolean withText, LetterChoices choices) {
        public Request {
            platforms = List.copyOf(platforms);
            choices = choices == null ? LetterChoices.DEFAULT : choices;
        }

        public Request(Profile profile, String profileLabel, List<Platform> platforms, Language language,
                       LocalDate date, Path outDirectory, boolean withText) {
            this(profile, profileLabel, platforms, language, date, outDirectory, withText, LetterChoices.DEFAULT);
        }
    }

    /** Writes the letters and returns the paths written, PDF then text for each platform. */
    public List<Path> write(Request request) {
        return write(request, UnaryOperator.identity());
    }

    /** Writes the letters, each PDF passed through {@code seal} (e.g. signed) first. */
    public List<Path> write(Request request, UnaryOperator<byte[]> seal) {
        return save(render(request).stream().map(letter -> letter.sealed(seal)).toList(), request.outDirectory(),
                request.withText());
    }

    /** A letter rendered and checked in memory. {@code baseName} is e.g. "objection-linkedin-fr". */
    public record RenderedLetter(Platform platform, Language language, LetterModel model, byte[] pdf, String text,
                                 String baseName) {
        /** The same letter with its PDF transformed, e.g. signed. */
        public RenderedLetter sealed(UnaryOperator<byte[]> seal) {
            return new RenderedLetter(platform, language, model, seal.apply(pdf), text, baseName);
        }
    }

    /** Renders and checks every letter in memory, the text twin included; writes nothing. */
    public List<RenderedLetter> render(Request request) {
        PdfCheck.prepare();
        requirePrintable(request.profile(), request.profileLabel());
        String signature = request.profile().signatureImage() == null ? null
                : SignatureImage.dataUri(request.profile().signatureImage(), request.profileLabel());
        Language language = request.language() != null ? request.language() : request.profile().language();
        // Letters are independent: render them on every core, keeping the platforms' order.
        return request.platforms().parallelStream()
                .map(platform -> {
                    LetterModel model = LetterComposer.compose(request.profile(), platform, language, request.date(), request.choices(),
                            signature);
                    return new RenderedLetter(platform, language, model, pdf(model, language),
                            templates.render("objection.txt.ftl", language, model),
                            "objection-" + platform.id() + "-" + language.code());
                })
                .toList();
    }

    /** Writes rendered letters into {@code directory} (atomically, owner-only); returns the paths written. */
    public static List<Path> save(List<RenderedLetter> letters, Path directory, boolean withText) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (RenderedLetter letter : letters) {
            files.put(directory.resolve(letter.baseName() + ".pdf"), letter.pdf());
            if (withText && letter.text() != null) {
                files.put(directory.resolve(letter.baseName() + ".txt"), letter.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        PrivateFiles.ensureWritableDirectory(directory, "--out");
        PrivateFiles.writeAll(files);
        return new ArrayList<>(files.keySet());
    }

    /**
     * Renders and checks a reminder for {@code request}'s platform in memory.
     *
     * @param reminder the facts of the original request, built with {@link #formatDate}
     */
    public RenderedLetter renderReminder(Request request, ReminderModel reminder) {
        return renderDocument(request, model -> model, "remind", reminder,
                "reminder-" + reminder.requestId() + "-" + request.platforms().get(0).id(), MAX_PAGES);
    }

    /**
     * Renders and checks a document other than the objection for the request's (single) platform: the template
     * {@code <lang>/<template>.ftlx} and its text twin {@code <lang>/<template>.txt.ftl} when it exists.
     *
     * @param address changes the letter model (e.g. addresses it to an authority)
     * @param baseName the file name without language and extension
     */
    public RenderedLetter renderDocument(Request request, UnaryOperator<LetterModel> address, String template,
                                         ExtraVariable extra, String baseName, int maxPages) {
        return renderDocument(request, address, template, extra, baseName, maxPages, true);
    }

    /**
     * As above; {@code addressed} is false for documents that are not letters (an annex index): only the sender's
     * name is then required in the extracted text.
     */
    public RenderedLetter renderDocument(Request request, UnaryOperator<LetterModel> address, String template,
                                         ExtraVariable extra, String baseName, int maxPages, boolean addressed) {
        PdfCheck.prepare();
        requirePrintable(request.profile(), request.profileLabel());
        String signature = request.profile().signatureImage() == null ? null
                : SignatureImage.dataUri(request.profile().signatureImage(), request.profileLabel());
        Language language = request.language() != null ? request.language() : request.profile().language();
        Platform platform = request.platforms().get(0);
        LetterModel model = address.apply(
                LetterComposer.compose(request.profile(), platform, language, request.date(), request.choices(), signature));
        String name = language.code() + "/" + template;
        byte[] pdf = checked(renderer.render(templates.render(template + ".ftlx", language, model, extra),
                templates.label(name + ".ftlx")), model, name + ".ftlx", maxPages, addressed);
        String text = templates.exists(language, template + ".txt.ftl")
                ? templates.render(template + ".txt.ftl", language, model, extra) : null;
        return new RenderedLetter(platform, language, model, pdf, text, baseName + "-" + language.code());
    }

    /** Whether there is a template {@code template} (e.g. "complaint.ftlx") in {@code language}. */
    public boolean writes(Language language, String template) {
        return templates.exists(language, template);
    }

    /** Renders a plain-text template (e.g. the text to paste into an authority's form). */
    public String renderText(String template, Language language, LetterModel model, ExtraVariable extra) {
        return templates.render(template, language, model, extra);
    }

    /** A date as the letters write it, e.g. "1er novembre 2026" or "1 November 2026". */
    public static String formatDate(LocalDate date, Language language) {
        return LetterComposer.formatDate(date, language);
    }

    private byte[] pdf(LetterModel model, Language language) {
        String xhtml = templates.render("objection.ftlx", language, model);
        return checked(renderer.render(xhtml, templates.label(language.code() + "/objection.ftlx")), model,
                language.code() + "/objection.ftlx", MAX_PAGES, true);
    }

    private byte[] checked(byte[] pdf, LetterModel model, String template, int maxPages, boolean addressed) {
        String source = templates.label(template);
        List<String> expected = new ArrayList<>();
        expected.add(model.sender().name());
        if (addressed) {
            expected.add(model.recipient().legalName());
            model.accountIds().forEach(id -> expected.add(id.value()));
        }
        PdfCheck.verify(pdf, expected, maxPages, source);
        return pdf;
    }

    private static void requirePrintable(Profile profile, String label) {
        profile.printedFields().forEach((field, value) -> LetterFont.firstUndrawable(value).ifPresent(cp -> {
            throw AppException.invalidData(Message.of("doc.in_field_of", label, field, Message.of("letter.unprintable",
                    Character.toString(cp), String.format("U+%04X", cp), LetterFont.FAMILY)));
        }));
    }
}
