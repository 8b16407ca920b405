package org.optout.cli;

import org.optout.AppException;
import org.optout.ExitCode;
import java.nio.file.Path;
import org.optout.tracker.ChainReport;
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

    /** The campaigns kept in the same tracker. */
    org.optout.campaign.CampaignStore openCampaigns(AppContext context) {
        return org.optout.tracker.JdbcCampaignStore.open(location(context), context.clock());
    }

    /** Checks the tracker's hash chain and every evidence file (see {@link JdbcRequestStore#verify}). */
    ChainReport verify(AppContext context) {
        return JdbcRequestStore.open(location(context), context.clock()).verify(documents(context));
    }

    /**
     * Opens the tracker for a command that hands its record to someone else (complaint, dossier): its hash chain and
     * every evidence file must be as recorded, else it stops with exit 4 naming the first problem.
     */
    RequestStore openVerified(AppContext context) {
        JdbcRequestStore store = JdbcRequestStore.open(location(context), context.clock());
        ChainReport report = store.verify(documents(context));
        if (!report.intact()) {
            throw new AppException(org.optout.ui.Message.of("error.tracker.not_as_written",
                    Integer.toString(report.breaks().size()), report.breaks().get(0),
                    "optout requests verify" + Quoting.dbOption(this)), ExitCode.DELIVERY);
        }
        return store;
    }

    DocumentStore documents(AppContext context) {
        Path base = db == null || db.startsWith("jdbc:") ? context.paths().dataHome()
                : context.paths().resolve(Path.of(db)).toAbsolutePath().getParent();
        return new DocumentStore(base.resolve("documents"), context.clock());
    }

    /** Whether the tracker exists (a JDBC URL is taken to exist): a read-only question, nothing is created. */
    boolean exists(AppContext context) {
        String location = location(context);
        return location.startsWith("jdbc:") || java.nio.file.Files.isRegularFile(Path.of(location));
    }

    private String location(AppContext context) {
        if (db == null) {
            return context.paths().dataHome().resolve("optout.db").toString();
        }
        return db.startsWith("jdbc:") ? db : context.paths().resolve(Path.of(db)).toString();
    }
}
