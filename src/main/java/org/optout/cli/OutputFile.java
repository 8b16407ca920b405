package org.optout.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command that writes one file writes it: {@code --out DIR} (a folder, as everywhere in optout; the file
 * keeps its usual name) or {@code --out-file FILE}. Used as an exclusive {@code @ArgGroup}, which may be null.
 */
final class OutputFile {
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write the file in, under its usual name.")
    Path directory;

    @Option(names = "--out-file", paramLabel = "FILE", required = true, description = "The file to write.")
    Path file;

    /** The file to write: {@code --out-file}, else {@code name} in {@code --out}, else {@code otherwise}. */
    static Path resolve(OutputFile given, AppContext context, String name, Path otherwise) {
        if (given == null) {
            return otherwise;
        }
        return given.file != null ? context.paths().resolve(given.file)
                : context.paths().resolve(given.directory).resolve(name);
    }

    /** The option that named the file, for messages. */
    static String option(OutputFile given) {
        return given != null && given.file != null ? "--out-file" : "--out";
    }
}
