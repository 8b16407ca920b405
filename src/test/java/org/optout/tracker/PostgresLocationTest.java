package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.cli.CliRun;

/**
 * {@code --db postgresql://USER@HOST:PORT/DB}: the password from OPTOUT_DB_PASSWORD, else the driver's own reading
 * of a .pgpass file; never in the address, never in a message.
 */
class PostgresLocationTest {
    private static final String PASSWORD = "correct horse";

    @TempDir
    Path dir;

    private static String volunteer(PostgresCluster.Database database) {
        return "postgresql://" + PostgresCluster.PASSWORD_USER + "@127.0.0.1:" + database.port() + "/"
                + database.name();
    }

    @Test
    void the_password_comes_from_optout_db_password() {
        PostgresCluster.Database database = PostgresCluster.newDatabase();
        JdbcRequestStore store = JdbcRequestStore.open(volunteer(database), CliRun.CLOCK,
                Map.of("OPTOUT_DB_PASSWORD", PASSWORD));
        assertThat(store.version()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void a_wrong_or_missing_password_is_one_line_naming_the_tracker_but_never_the_password() {
        PostgresCluster.Database database = PostgresCluster.newDatabase();
        String label = PostgresCluster.PASSWORD_USER + "@127.0.0.1:" + database.port() + "/" + database.name();
        assertThatThrownBy(() -> JdbcRequestStore.open(volunteer(database), CliRun.CLOCK,
                Map.of("OPTOUT_DB_PASSWORD", "wrong secret")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY))
                .hasMessageStartingWith("tracker database " + label + ": ")
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("wrong secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        String noPgpass = System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
        try {
            assertThatThrownBy(() -> JdbcRequestStore.open(volunteer(database), CliRun.CLOCK, Map.of()))
                    .hasMessageStartingWith("tracker database " + label + ": ");
        } finally {
            restore(noPgpass);
        }
    }

    @Test
    void without_optout_db_password_the_driver_reads_the_pgpass_file() throws Exception {
        PostgresCluster.Database database = PostgresCluster.newDatabase();
        // the format of ~/.pgpass; the driver also reads PGPASSFILE and this property, which a test can set
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "127.0.0.1:" + database.port() + ":" + database.name()
                + ":" + PostgresCluster.PASSWORD_USER + ":" + PASSWORD + "\n");
        String before = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertThat(JdbcRequestStore.open(volunteer(database), CliRun.CLOCK, Map.of()).version())
                    .isEqualTo(Migrations.LATEST);
        } finally {
            restore(before);
        }
    }

    @Test
    void a_password_in_the_address_or_a_malformed_address_is_a_usage_error() {
        assertThatThrownBy(() -> JdbcRequestStore.open("postgresql://ann:s3cret@127.0.0.1:5432/optout",
                CliRun.CLOCK, Map.of()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("--db: no password in the tracker's address (shells keep it in their history): set "
                        + "OPTOUT_DB_PASSWORD or put it in ~/.pgpass");
        assertThatThrownBy(() -> JdbcRequestStore.open("postgresql://127.0.0.1:5432/optout", CliRun.CLOCK, Map.of()))
                .hasMessage("--db: 'postgresql://127.0.0.1:5432/optout' is not postgresql://USER@HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> JdbcRequestStore.open("postgresql://ann@127.0.0.1:5432/", CliRun.CLOCK, Map.of()))
                .hasMessageContaining("is not postgresql://USER@HOST[:PORT]/DATABASE");
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty("org.postgresql.pgpassfile");
        } else {
            System.setProperty("org.postgresql.pgpassfile", before);
        }
    }
}
