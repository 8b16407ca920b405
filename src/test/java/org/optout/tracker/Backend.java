package org.optout.tracker;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/** The two databases a tracker can live in: each tracker test runs on both ({@code @EnumSource(Backend.class)}). */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** A new, empty tracker of this kind, with its documents folder (used by SQLite only) in {@code dir}. */
    public Tracker newTracker(Path dir) {
        if (this == SQLITE) {
            Path db = dir.resolve("t.db");
            return new Tracker(this, db.toString(), dir.resolve("documents"), null);
        }
        PostgresCluster.Database database = PostgresCluster.newDatabase();
        return new Tracker(this, database.location(), dir.resolve("documents"), database);
    }

    /**
     * A tracker for a test.
     *
     * @param location what {@code --db} is given
     * @param database the PostgreSQL database, or null
     */
    public record Tracker(Backend backend, String location, Path folder, PostgresCluster.Database database) {
        public JdbcRequestStore open(Clock clock) {
            return JdbcRequestStore.open(location, clock);
        }

        /** Where its evidence goes: the folder for SQLite, the database for PostgreSQL. */
        public DocumentStore documents(Clock clock) {
            return open(clock).documents(folder);
        }

        /** A connection of its own to the tracker's tables, to look at them or edit them outside optout. */
        public Connection connect() throws SQLException {
            return database == null ? DriverManager.getConnection("jdbc:sqlite:" + location) : database.connect();
        }
    }
}
