package org.optout.cli;

import java.util.concurrent.Callable;
import org.optout.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code optout} command: only a container for the subcommands, which {@link Cli} adds. */
@Command(name = "optout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Object to AI platforms training on your personal data (GDPR art. 21), and keep proof.",
        exitCodeListHeading = "%nExit codes:%n", subcommands = HelpCommand.class)
final class OptoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Read before parsing by {@link InterfaceLanguage}; declared here so that it is accepted and checked. */
    @Option(names = InterfaceLanguage.OPTION, paramLabel = "LANG", scope = ScopeType.INHERIT,
            converter = LanguageConverter.class, completionCandidates = LanguageConverter.class,
            description = "The language optout talks to you in: fr, en, nl or de (default: your profile's "
                    + "language, else your locale, else English).")
    Language uiLanguage;

    @Override
    public Integer call() {
        throw UsageError.missingCommand(spec);
    }
}
