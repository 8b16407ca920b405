package org.optout.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The tracker's schema migrations, {@code db/V<n>__<name>.sql} on the classpath, applied in order inside one
 * transaction each. The database's {@code user_version} records the version reached. A version may also have a
 * step in Java, run after its script in the same transaction: version 3 computes the hash chain of the events
 * already recorded.
 */
final class Migrations {
    /** Every migration, oldest first; the version of each is its position + 1. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__references.sql", "V3__evidence.sql",
            "V4__inbox.sql", "V5__campaigns.sql");

    private Migrations() {
    }

    /** The version this build of optout expects. */
    static int latest() {
        return SCRIPTS.size();
    }

    /** Brings {@code connection}'s database up to {@code target}; returns the version it was at. */
    static int migrate(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > latest()) {
            throw new SQLException("the tracker database is version " + current + ", newer than this optout ("
                    + latest() + "): upgrade optout");
        }
        for (int next = current + 1; next <= target; next++) {
            // BEGIN IMMEDIATE by hand: the write lock is held before the version is read again, so that of two
            // optout processes opening a new tracker at once, the second sees the first one's migration
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    if (version(connection) < next) {
                        for (String sql : statements(SCRIPTS.get(next - 1))) {
                            statement.execute(sql);
                        }
                        if (next == 3) {
                            ChainTable.fill(connection);
                        }
                        statement.execute("PRAGMA user_version = " + next);
                    }
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        }
        return current;
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The statements of a script: split on ';' at a line end (a trigger is written on one line). */
    private static List<String> statements(String script) {
        String sql;
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream("db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("optout is incomplete: db/" + script + " is missing");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "");
        return Arrays.stream(withoutComments.split(";[ \\t]*\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toList();
    }
}
