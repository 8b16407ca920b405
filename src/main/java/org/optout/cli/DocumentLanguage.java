package org.optout.cli;

import org.optout.catalogue.Language;
import org.optout.profile.Profile;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Option;

/**
 * {@code --lang} of a command that writes for the user to read later (a guide, calendar events): else the
 * profile's language, else the language optout talks to the user in.
 */
final class DocumentLanguage {
    @Option(names = "--lang", paramLabel = "fr|en|nl|de", converter = LanguageConverter.class,
            completionCandidates = LanguageConverter.class,
            description = "Its language (default: your profile's, else the language optout talks to you in).")
    Language language;

    Language resolve(ProfileOption profile, AppContext context, YamlDocuments documents) {
        return language != null ? language
                : profile.loadIfAny(context, documents).map(Profile::language).orElse(context.texts().language());
    }
}
