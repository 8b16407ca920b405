package org.optout.cli;

import java.util.Iterator;
import java.util.List;
import org.optout.catalogue.Authority;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.CatalogueSource;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.schema.YamlDocuments;

/**
 * The ids of the bundled catalogue, for shell completion. The catalogue is read only when a completion script is
 * written (picocli asks for the candidates then), never when a command runs.
 */
final class CatalogueIds {
    private CatalogueIds() {
    }

    private static org.optout.catalogue.Catalogue bundled() {
        return new CatalogueLoader(new YamlDocuments(), CatalogueSource.classPath(Bundled::catalogue)).load(null);
    }

    /** The platform ids: linkedin, meta-ai… */
    static final class Platforms implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return bundled().platforms().stream().map(Platform::id).sorted().iterator();
        }
    }

    /** The supervisory authority ids: cnil, apd… */
    static final class Authorities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> ids = bundled().authorities().stream().map(Authority::id).sorted().toList();
            return ids.iterator();
        }
    }
}
