package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.CatalogueLoader.CheckResult;
import org.optout.config.Bundled;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout catalogue check [DIR]}: validates a catalogue directory. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a catalogue directory (default: the bundled catalogue): schema, unique ids, "
                + "references; warn about entries not verified for over 180 days.")
final class CheckCatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The catalogue directory to check.")
    Path directory;

    private final AppContext context;

    CheckCatalogueCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dir = directory == null ? Bundled.catalogue() : context.paths().resolve(directory);
        CheckResult result = new CatalogueLoader(new YamlDocuments(), Bundled.catalogue())
                .check(dir, LocalDate.now(context.clock()));
        result.warnings().forEach(w -> spec.commandLine().getErr().println("optout: warning: " + w));
        spec.commandLine().getOut().printf("%s: %d platforms, %d authorities, valid%s%n",
                directory == null ? "catalogue (bundled)" : directory, result.platforms(), result.authorities(),
                result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " warning(s))");
        return 0;
    }
}
