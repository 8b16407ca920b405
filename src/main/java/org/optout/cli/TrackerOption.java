package org.optout.cli;

import org.optout.AppException;
import org.optout.ExitCode;
import java.nio.file.Path;
import org.optout.tracker.ChainReport;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.FolderDocumentStore;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.RequestStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the tracker. */
final class TrackerOption {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The tracker database: a file, a JDBC URL, or postgresql://USER@HOST:PORT/DB for a tracker "
                    + "shared on PostgreSQL (password from OPTOUT_DB_PASSWORD, else ~/.pgpass) (default: "
                    + "$XDG_DATA_HOME/optout/optout.db, else ~/.local/share/optout/optout.db).")
    String db;

    RequestStore open(AppContext context) {
        return store(context);
    }

    JdbcRequestStore store(AppContext context) {
        return JdbcRequestStore.open(location(context), context.clock(), context.env());
    }

    /** The campaigns kept in the same tracker. */
    org.optout.campaign.CampaignStore openCampaigns(AppContext context) {
        return org.optout.tracker.campaign.JdbcCampaignStore.open(location(context), context.clock(), context.env());
    }

    /** Checks the tracker's hash chain and every evidence document (see {@link JdbcRequestStore#verify}). */
    ChainReport verify(AppContext context) {
        JdbcRequestStore store = store(context);
        return store.verify(documents(context, store));
    }

    /**
     * Opens the tracker for a command that hands its record to someone else (complaint, dossier): its hash chain and
     * every evidence file must be as recorded, else it stops with exit 4 naming the first problem.
     */
    RequestStore openVerified(AppContext context) {
        JdbcRequestStore store = store(context);
        ChainReport report = store.verify(documents(context, store));
        if (!report.intact()) {
            throw new AppException(org.optout.ui.Message.of("error.tracker.not_as_written",
                    Integer.toString(report.breaks().size()), report.breaks().get(0),
                    "optout requests verify" + Quoting.dbOption(this)), ExitCode.DELIVERY);
        }
        return store;
    }

    /** Where the tracker's evidence is kept: the documents folder beside a SQLite file, or a PostgreSQL database. */
    DocumentStore documents(AppContext context) {
        // a SQLite tracker's folder is known without opening the database
        return JdbcRequestStore.isShared(location(context)) ? documents(context, store(context))
                : new FolderDocumentStore(folder(context), context.clock());
    }

    private DocumentStore documents(AppContext context, JdbcRequestStore store) {
        return store.documents(folder(context));
    }

    private Path folder(AppContext context) {
        Path base = db == null || isUrl(db) ? context.paths().dataHome()
                : context.paths().resolve(Path.of(db)).toAbsolutePath().getParent();
        return base.resolve("documents");
    }

    /** Whether the tracker exists (a URL is taken to exist): a read-only question, nothing is created. */
    boolean exists(AppContext context) {
        String location = location(context);
        return isUrl(location) || java.nio.file.Files.isRegularFile(Path.of(location));
    }

    private String location(AppContext context) {
        if (db == null) {
            return context.paths().dataHome().resolve("optout.db").toString();
        }
        return isUrl(db) ? db : context.paths().resolve(Path.of(db)).toString();
    }

    private static boolean isUrl(String location) {
        return location.startsWith("jdbc:") || location.startsWith("postgresql://")
                || location.startsWith("postgres://");
    }
}
