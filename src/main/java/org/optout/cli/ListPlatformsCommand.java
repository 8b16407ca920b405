package org.optout.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.optout.guide.PlatformSummary;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout platforms}: lists the catalogue's platforms. */
@Command(name = "platforms", mixinStandardHelpOptions = true,
        description = "List the platforms: id, name, EU controller, contact channels, last verified.")
final class ListPlatformsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    private final AppContext context;

    ListPlatformsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<PlatformSummary> rows = PlatformSummary.of(catalogue.load(context, new YamlDocuments()));
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(rows));
        } else {
            var texts = context.texts();
            spec.commandLine().getOut().print(PlatformSummary.table(rows, java.util.stream.Stream.of("id", "name",
                    "controller", "channels", "verified").map(c -> texts.get("platforms.heading." + c)).toList(),
                    texts.get("platforms.unconfirmed")));
        }
        return 0;
    }
}
