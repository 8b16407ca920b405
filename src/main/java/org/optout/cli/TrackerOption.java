package org.optout.cli;

import java.nio.file.Path;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the tracker. */
final class TrackerOption {
    @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
            description = "The tracker database (default: $XDG_DATA_HOME/optout/optout.db, else "
                    + "~/.local/share/optout/optout.db).")
    String db;

    RequestStore open(AppContext context) {
        return JdbcRequestStore.open(location(context), context.clock());
    }

    DocumentStore documents(AppContext context) {
        Path base = db == null || db.startsWith("jdbc:") ? context.paths().dataHome()
                : context.paths().resolve(Path.of(db)).toAbsolutePath().getParent();
        return new DocumentStore(base.resolve("documents"), context.clock());
    }

    private String location(AppContext context) {
        if (db == null) {
            return context.paths().dataHome().resolve("optout.db").toString();
        }
        return db.startsWith("jdbc:") ? db : context.paths().resolve(Path.of(db)).toString();
    }
}
