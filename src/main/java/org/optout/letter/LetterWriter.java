package org.optout.letter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.pdf.LetterFont;
import org.optout.pdf.PdfCheck;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;

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
                          LocalDate date, Path outDirectory, boolean withText) {
        public Request {
            platforms = List.copyOf(platforms);
        }
    }

    /** Writes the letters and returns the paths written, PDF then text for each platform. */
    public List<Path> write(Request request) {
        requirePrintable(request.profile(), request.profileLabel());
        String signature = request.profile().signatureImage() == null ? null
                : SignatureImage.dataUri(request.profile().signatureImage(), request.profileLabel());
        Language language = request.language() != null ? request.language() : request.profile().language();

        // Letters are independent: render them on every core, keep the platforms' order for the output.
        List<Map<Path, byte[]>> rendered = request.platforms().parallelStream()
                .map(platform -> render(request, platform, language, signature))
                .toList();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        rendered.forEach(files::putAll);
        PrivateFiles.ensureWritableDirectory(request.outDirectory(), "--out");
        files.forEach(PrivateFiles::write);
        return new ArrayList<>(files.keySet());
    }

    private Map<Path, byte[]> render(Request request, Platform platform, Language language, String signature) {
        LetterModel model = LetterComposer.compose(request.profile(), platform, language, request.date(), signature);
        String base = "objection-" + platform.id() + "-" + language.code();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(request.outDirectory().resolve(base + ".pdf"), pdf(model, language));
        if (request.withText()) {
            files.put(request.outDirectory().resolve(base + ".txt"),
                    templates.render("objection.txt.ftl", language, model).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private byte[] pdf(LetterModel model, Language language) {
        String xhtml = templates.render("objection.ftlx", language, model);
        String source = templates.label(language.code() + "/objection.ftlx");
        byte[] pdf = renderer.render(xhtml, source);
        List<String> expected = new ArrayList<>();
        expected.add(model.sender().name());
        expected.add(model.recipient().legalName());
        model.accountIds().forEach(id -> expected.add(id.value()));
        PdfCheck.verify(pdf, expected, MAX_PAGES, source);
        return pdf;
    }

    private static void requirePrintable(Profile profile, String label) {
        profile.printedFields().forEach((field, value) -> LetterFont.firstUndrawable(value).ifPresent(cp -> {
            throw AppException.invalidData(String.format("%s: field `%s`: the character '%s' (U+%04X) cannot be "
                    + "printed with the letter font (%s)", label, field, Character.toString(cp), cp, LetterFont.FAMILY));
        }));
    }
}
