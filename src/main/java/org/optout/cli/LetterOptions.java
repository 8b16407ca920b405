package org.optout.cli;

import org.optout.letter.LetterChoices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;
import org.optout.pdf.PdfWarmUp;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by the commands that write letters: profile, catalogue, templates, language, output. */
final class LetterOptions {
    @Mixin
    ProfileOption profile;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--lang", paramLabel = "fr|en|nl|de", converter = LanguageConverter.class,
            completionCandidates = LanguageConverter.class,
            description = "Language: fr, en, nl or de (default: the profile's).")
    Language language;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("letters");

    @picocli.CommandLine.Mixin
    TemplatesOption templates = new TemplatesOption();

    /** Everything loaded once: documents reader, catalogue, and the letters to write. */
    record Loaded(Catalogue catalogue, LetterWriter writer, LetterWriter.Request request) {
        /** The language asked for, else the profile's. */
        Language language() {
            return request.language() != null ? request.language() : request.profile().language();
        }
    }

    Loaded load(AppContext context, List<String> ids, boolean all, LocalDate date, boolean withText) {
        return loadAnyLanguage(context, ids, all, date, withText);
    }

    /** As {@link #load}, for objection letters: with the user's choices (access request, non-user). */
    Loaded load(AppContext context, List<String> ids, boolean all, LocalDate date, boolean withText,
                LetterChoices choices) {
        Loaded loaded = loadAnyLanguage(context, ids, all, date, withText);
        LetterWriter.Request r = loaded.request();
        return new Loaded(loaded.catalogue(), loaded.writer(), new LetterWriter.Request(r.profile(), r.profileLabel(),
                r.platforms(), r.language(), r.date(), r.outDirectory(), r.withText(), choices));
    }

    /** As {@link #load} (complaints use it too). */
    Loaded loadAnyLanguage(AppContext context, List<String> ids, boolean all, LocalDate date, boolean withText) {
        // the letters' one-time set-up runs while the profile and the catalogue are read
        PdfWarmUp.start();
        YamlDocuments documents = new YamlDocuments();
        var user = profile.load(context, documents);
        Catalogue loaded = all ? catalogue.load(context, documents) : catalogue.loadOnly(context, documents, ids);
        List<Platform> platforms = all ? loaded.platforms() : ids.stream().map(loaded::platform).toList();
        LetterWriter writer = new LetterWriter(
                templates.load(context), new PdfRenderer());
        return new Loaded(loaded, writer, new LetterWriter.Request(user, profile.label(context), platforms, language,
                date, context.paths().resolve(out), withText));
    }

    /** Which platforms: ids, or all of them. */
    static final class Target {
        @picocli.CommandLine.Parameters(paramLabel = "PLATFORM", arity = "1..*",
                completionCandidates = CatalogueIds.Platforms.class,
                description = "Platform ids (see 'optout platforms').")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Every platform in the catalogue.")
        boolean all;
    }
}
