package org.optout.tracker;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java, for what SQL cannot compute: run by Flyway in its version's order, in one
 * transaction with the version's bookkeeping.
 */
record JavaStep(String version, String description, Body body) implements JavaMigration {
    /** The work of a step, on the migration's connection. */
    interface Body {
        void run(Connection connection) throws SQLException;
    }

    /** Version 3.1: the hash chain of the events recorded before version 3 ({@link ChainTable#fill}). */
    static final JavaStep HASH_CHAIN = new JavaStep("3.1", "hash chain", ChainTable::fill);

    /** Version 6: the materialized status of the requests recorded before version 5. */
    static final JavaStep STATUS = new JavaStep("6", "status", RequestRows::fillStatus);

    /** Version 10: the due date of the requests recorded before version 9 added the column. */
    static final JavaStep DUE_DATES = new JavaStep("10", "due dates", RequestRows::fillDueDates);

    /** Version 12: the report's figures of the requests recorded before version 11 added their rows. */
    static final JavaStep REPORT_FIGURES = new JavaStep("12", "report figures", FigureRows::fill);
    /** Version 15: the Message-ID keys of the events recorded before version 14 ({@link MessageKeys#fill}). */
    static final JavaStep MESSAGE_KEYS = new JavaStep("15", "message keys", MessageKeys::fill);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        body.run(context.getConnection());
    }
}
