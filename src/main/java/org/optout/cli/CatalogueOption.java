package org.optout.cli;

import java.nio.file.Path;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.CatalogueSource;
import org.optout.config.Bundled;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Option;

/** The {@code --catalogue DIR} option shared by the commands that read the catalogue. */
final class CatalogueOption {
    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "A catalogue directory (platforms/, authorities/) whose entries replace or add to the "
                    + "bundled ones with the same id.")
    Path directory;

    Catalogue load(AppContext context, YamlDocuments documents) {
        return new CatalogueLoader(documents, CatalogueSource.classPath(Bundled::catalogue)).load(overlay(context));
    }

    /** Only the named platforms and their lead authorities. */
    Catalogue loadOnly(AppContext context, YamlDocuments documents, java.util.List<String> ids) {
        return new CatalogueLoader(documents, CatalogueSource.classPath(Bundled::catalogue))
                .loadOnly(overlay(context), ids);
    }

    private Path overlay(AppContext context) {
        return directory == null ? null : context.paths().resolve(directory);
    }
}
