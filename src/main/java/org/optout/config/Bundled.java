package org.optout.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Locates the data packaged with optout (the {@code catalogue/} folder) as a {@link Path}, whether optout runs
 * from its jar or from a build directory, so that bundled and user-supplied folders are read the same way.
 */
public final class Bundled {
    private Bundled() {
    }

    /** The bundled {@code catalogue/} folder. */
    public static Path catalogue() {
        return folderOf("catalogue/schema/platform.schema.json").getParent();
    }

    private static Path folderOf(String marker) {
        URL url = Bundled.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IllegalStateException("optout is incomplete: " + marker + " is not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath(uri.getSchemeSpecificPart().substring(
                        uri.getSchemeSpecificPart().indexOf("!/") + 1)).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate bundled data at " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
