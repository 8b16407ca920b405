package org.optout.letter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.pdf.LetterFont;
import org.optout.pdf.PdfCheck;
import org.optout.pdf.PdfRenderer;
import org.optout.pdf.PdfWarmUp;
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
    /** What a {@link LetterBatch} keeps from one letter to the next; null for a writer that keeps nothing. */
    private final BatchMemory batch;

    public LetterWriter(LetterTemplates templates, PdfRenderer renderer) {
        this(templates, renderer, null);
    }

    LetterWriter(LetterTemplates templates, PdfRenderer renderer, BatchMemory batch) {
        this.templates = templates;
        this.renderer = renderer;
        this.batch = batch;
    }

    /**
     * What the letters of one batch share and a batch's worker reuses: the signature image (read, checked and
     * encoded once per file) and the user's own templates whose PDF was already read back and checked in full.
     */
    static final class BatchMemory {
        private final Map<Path, String> signatures = new HashMap<>();
        private final Set<String> readBack = new HashSet<>();
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
        return save(render(request, request.withText()).stream().map(letter -> letter.sealed(seal)).toList(),
                request.outDirectory(), request.withText());
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
        // a batch renders the text twin only when it is written
        return render(request, batch == null || request.withText());
    }

    /** As {@link #render(Request)}, the text twin only if {@code text} (else the letters' text is null). */
    private List<RenderedLetter> render(Request request, boolean text) {
        PdfWarmUp.start();
        requirePrintable(request.profile(), request.profileLabel());
        String signature = signature(request);
        Language language = request.language() != null ? request.language() : request.profile().language();
        // Letters are independent: render them on every core, keeping the platforms' order (a batch's worker
        // renders on its own thread: the batch runs one worker per core).
        var platforms = batch == null ? request.platforms().parallelStream() : request.platforms().stream();
        return platforms
                .map(platform -> {
                    LetterModel model = LetterComposer.compose(request.profile(), platform, language, request.date(), request.choices(),
                            signature);
                    return new RenderedLetter(platform, language, model, pdf(model, language),
                            text ? templates.render("objection.txt.ftl", language, model) : null,
                            "objection-" + platform.id() + "-" + language.code());
                })
                .toList();
    }

    /** The signature image as a {@code data:} URI, or null; a batch reads each file once. */
    private String signature(Request request) {
        Path image = request.profile().signatureImage();
        if (image == null) {
            return null;
        }
        if (batch == null) {
            return SignatureImage.dataUri(image, request.profileLabel());
        }
        return batch.signatures.computeIfAbsent(image, file -> SignatureImage.dataUri(file, request.profileLabel()));
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
        PdfWarmUp.start();
        requirePrintable(request.profile(), request.profileLabel());
        String signature = signature(request);
        Language language = request.language() != null ? request.language() : request.profile().language();
        Platform platform = request.platforms().get(0);
        LetterModel model = address.apply(
                LetterComposer.compose(request.profile(), platform, language, request.date(), request.choices(), signature));
        String name = language.code() + "/" + template;
        byte[] pdf = checked(renderer.renderPdf(templates.render(template + ".ftlx", language, model, extra),
                templates.label(name + ".ftlx")), model, name + ".ftlx", maxPages, addressed);
        String text = (batch == null || request.withText()) && templates.exists(language, template + ".txt.ftl")
                ? templates.render(template + ".txt.ftl", language, model, extra) : null;
        return new RenderedLetter(platform, language, model, pdf, text, baseName + "-" + language.code());
    }

    /**
     * Renders and checks a document that is not written from a profile (an association's complaint and its annex):
     * the template {@code <lang>/<template>.ftlx} sees only {@code extra}, no {@code letter}.
     *
     * @param expected texts the PDF must contain once rendered (names, identifiers)
     */
    public byte[] renderPdf(String template, Language language, ExtraVariable extra, List<String> expected,
                            int maxPages) {
        PdfWarmUp.start();
        String source = templates.label(language.code() + "/" + template + ".ftlx");
        byte[] pdf = renderer.render(templates.render(template + ".ftlx", language, null, extra), source);
        PdfCheck.verify(pdf, expected, maxPages, source);
        return pdf;
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
        return checked(renderer.renderPdf(xhtml, templates.label(language.code() + "/objection.ftlx")), model,
                language.code() + "/objection.ftlx", MAX_PAGES, true);
    }

    /** Checks the PDF as {@link LetterCheck} says, with the sender, and the addressee and account ids if any. */
    private byte[] checked(PdfRenderer.RenderedPdf pdf, LetterModel model, String template, int maxPages,
                           boolean addressed) {
        List<String> expected = new ArrayList<>();
        expected.add(model.sender().name());
        if (addressed) {
            expected.add(model.recipient().legalName());
            model.accountIds().forEach(id -> expected.add(id.value()));
        }
        LetterCheck.check(templates, pdf, template, expected, maxPages, batch == null ? null : batch.readBack);
        return pdf.bytes();
    }

    private static void requirePrintable(Profile profile, String label) {
        profile.printedFields().forEach((field, value) -> LetterFont.firstUndrawable(value).ifPresent(cp -> {
            throw AppException.invalidData(Message.of("doc.in_field_of", label, field, Message.of("letter.unprintable",
                    Character.toString(cp), String.format("U+%04X", cp), LetterFont.FAMILY)));
        }));
    }
}
