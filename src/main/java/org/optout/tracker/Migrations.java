package org.optout.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The tracker's schema migrations, run by Flyway: SQL in {@code db/migration/common} when it is the same on both
 * databases, else in {@code db/migration/sqlite} and {@code db/migration/postgresql}, and {@link JavaStep}s. A
 * database already at {@link #LATEST} is recognised by one cheap query and Flyway is not started at all (it scans
 * the classpath and validates every migration: tens of milliseconds that every command would pay).
 *
 * <p>A SQLite tracker written before Flyway records its version in {@code PRAGMA user_version} (1 to 4) and has no
 * {@code flyway_schema_history}: Flyway takes it over at that version (a baseline) and migrates it from there. After
 * every migration {@code user_version} is set to the version reached, so that an optout from before Flyway refuses
 * a tracker it would not write correctly ("newer than this optout").
 */
final class Migrations {
    /** The version this build of optout migrates to: the highest migration (a test checks it). */
    static final int LATEST = 15;

    /** The last version written before Flyway; a SQLite {@code user_version} up to it is a baseline. */
    private static final int LAST_BEFORE_FLYWAY = 4;

    private static final String HISTORY = "flyway_schema_history";

    private Migrations() {
    }

    /** Brings {@code database} up to {@code target} (a version such as "6" or "3.1"), unless it is there. */
    static void migrate(TrackerDatabase database, String target) {
        int current;
        try (Connection connection = database.dataSource().getConnection()) {
            current = version(connection, database.kind());
        } catch (SQLException e) {
            throw new FlywayException("cannot read the schema version: " + e.getMessage(), e);
        }
        if (current > LATEST) {
            throw new FlywayException("the tracker database is version " + current + ", newer than this optout ("
                    + LATEST + "): upgrade optout");
        }
        if (current == LATEST && target.equals(Integer.toString(LATEST))) {
            return;
        }
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database.kind().migrations())
                .javaMigrations(JavaStep.HASH_CHAIN, JavaStep.STATUS, JavaStep.DUE_DATES,
                        JavaStep.REPORT_FIGURES, JavaStep.MESSAGE_KEYS)
                .table(HISTORY)
                .target(target)
                .loggers("slf4j");
        try (Connection connection = database.dataSource().getConnection()) {
            if (database.kind() == TrackerDatabase.Kind.SQLITE && !hasHistory(connection, database.kind())
                    && current > 0) {
                // a tracker from before Flyway: version 3 includes its Java step, 3.1
                configuration.baselineOnMigrate(true).baselineVersion(current == 3 ? "3.1" : Integer.toString(current))
                        .baselineDescription("user_version " + current);
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot read the schema version: " + e.getMessage(), e);
        }
        configuration.load().migrate();
        if (database.kind() == TrackerDatabase.Kind.SQLITE) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA user_version = " + historyVersion(connection, database.kind()));
            } catch (SQLException e) {
                throw new FlywayException("cannot record the schema version: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The schema version of the database behind {@code connection}, as a whole number (3.1 is 3): on SQLite its
     * {@code user_version}, which optout keeps equal to the version reached; on PostgreSQL, the last version Flyway
     * applied; 0 for a new database.
     */
    static int version(Connection connection, TrackerDatabase.Kind kind) throws SQLException {
        if (kind == TrackerDatabase.Kind.SQLITE) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        return historyVersion(connection, kind);
    }

    private static int historyVersion(Connection connection, TrackerDatabase.Kind kind) throws SQLException {
        if (!hasHistory(connection, kind)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM " + HISTORY + " WHERE success AND version "
                     + "IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).replaceFirst("\\..*", "")) : 0;
        }
    }

    private static boolean hasHistory(Connection connection, TrackerDatabase.Kind kind) throws SQLException {
        String sql = kind == TrackerDatabase.Kind.SQLITE
                ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, HISTORY);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
