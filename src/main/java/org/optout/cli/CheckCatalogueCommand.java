package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.CatalogueLoader.Changes;
import org.optout.catalogue.CatalogueLoader.CheckResult;
import org.optout.catalogue.CatalogueSource;
import org.optout.config.Bundled;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout catalogue check [DIR]}: validates the bundled catalogue, or a directory overlaid on it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the bundled catalogue, or a catalogue directory as --catalogue DIR uses it: over "
                + "the bundled one, whose authorities its platforms may refer to. Checks the schema, unique ids and "
                + "references; says what DIR adds or overrides; warns about entries not verified for over 180 days."})
final class CheckCatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The catalogue directory to check.")
    Path directory;

    @Option(names = "--json", description = "As a JSON object (catalogue, overlay, platforms, authorities, "
            + "platforms_changed, authorities_changed, warnings, valid); also when invalid, with the error.")
    boolean json;

    /** The {@code --json} result: the counts are what optout works with, the changes what DIR brings. */
    record Report(String catalogue, boolean overlay, int platforms, int authorities, Changes platformsChanged,
                  Changes authoritiesChanged, List<String> warnings, boolean valid) {
    }

    /** The {@code --json} result of an invalid catalogue (the error is also the one line on stderr). */
    record Invalid(String catalogue, boolean overlay, boolean valid, String error) {
    }

    private final AppContext context;

    CheckCatalogueCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String name = directory == null ? "bundled" : directory.toString();
        CheckResult result;
        try {
            result = new CatalogueLoader(new YamlDocuments(), CatalogueSource.classPath(Bundled::catalogue))
                    .check(directory == null ? null : context.paths().resolve(directory), LocalDate.now(context.clock()));
        } catch (AppException e) {
            if (json) {
                spec.commandLine().getOut().println(JsonOutput.of(new Invalid(name, directory != null, false,
                        e.getMessage())));
                spec.commandLine().getOut().flush();
            }
            throw e;
        }
        result.warnings().forEach(w -> spec.commandLine().getErr().println(context.texts().get("warning.line", w)));
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(new Report(name, directory != null, result.platforms(),
                    result.authorities(), result.platformChanges(), result.authorityChanges(), result.warnings(),
                    true)));
        } else {
            spec.commandLine().getOut().println(summary(result));
        }
        return 0;
    }

    private String summary(CheckResult r) {
        var texts = context.texts();
        String totals = texts.get("catalogue.check.totals", r.platforms(), r.authorities(),
                r.warnings().isEmpty() ? "" : texts.get("catalogue.check.warnings", r.warnings().size()));
        if (directory == null) {
            return texts.get("catalogue.check.bundled", totals);
        }
        return texts.get("catalogue.check.overlay", directory, r.platformChanges().added().size(),
                r.platformChanges().overridden().size(), r.authorityChanges().added().size(),
                r.authorityChanges().overridden().size(), totals);
    }
}
