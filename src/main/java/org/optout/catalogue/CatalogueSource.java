package org.optout.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the bundled catalogue's files come from: a folder, or optout's class path (its jar). One file can be read
 * without opening the whole folder, which for a jar means mounting it as a file system: a letter to one platform
 * needs two files, not the listing of all of them.
 */
public interface CatalogueSource {
    /** The whole catalogue folder (platforms/, authorities/), to list its files. */
    Path folder();

    /**
     * One file, e.g. {@code platforms/linkedin.yaml}, or empty if there is none.
     *
     * @throws IOException if the file exists but cannot be read
     */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** A catalogue in a folder. */
    static CatalogueSource folder(Path folder) {
        return new CatalogueSource() {
            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                Path file = folder.resolve(relativePath);
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            }
        };
    }

    /**
     * The catalogue on optout's class path under {@code catalogue/}.
     *
     * @param folder opens it as a folder, only when a listing is needed
     */
    static CatalogueSource classPath(Supplier<Path> folder) {
        return new CatalogueSource() {
            @Override
            public Path folder() {
                return folder.get();
            }

            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                try (InputStream in = CatalogueSource.class.getClassLoader()
                        .getResourceAsStream("catalogue/" + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                }
            }
        };
    }
}
