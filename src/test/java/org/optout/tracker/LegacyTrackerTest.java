package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optout.cli.CliRun;

/**
 * Trackers written by the optout before Flyway (src/test/resources/tracker/legacy/v1 to v4, made by
 * MakeFixtures.java.txt beside them with that optout's Migrations) are taken over by Flyway at their version and
 * migrated, keeping every row, their hash chain and their evidence; and the migrations are laid out as the
 * schema's rules say.
 */
class LegacyTrackerTest {
    private static final Path LEGACY = Path.of("src/test/resources/tracker/legacy");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path dir;

    private Path copy(int version) throws IOException {
        Path from = LEGACY.resolve("v" + version);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = dir.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return dir.resolve("optout.db");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void a_tracker_written_before_flyway_is_baselined_at_its_version_and_migrated(int version) throws Exception {
        Path db = copy(version);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the fixture's version").isEqualTo(version);
        }

        JdbcRequestStore store = JdbcRequestStore.open(db.toString(), CliRun.CLOCK);

        assertThat(store.version()).isEqualTo(15);
        List<String> history = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version, type, success FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    history.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, status FROM requests ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("AWAITING_RECEIPT");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("DRAFTED");
                assertThat(rs.next()).isFalse();
            }
        }
        String baseline = version == 3 ? "3.1" : Integer.toString(version);
        assertThat(history.get(0)).isEqualTo(baseline + " BASELINE 1");
        assertThat(history.subList(history.size() - 11, history.size())).containsExactly("5 SQL 1", "6 JDBC 1",
                "7 SQL 1", "8 SQL 1", "9 SQL 1", "10 JDBC 1", "11 SQL 1", "12 JDBC 1", "13 SQL 1", "14 SQL 1",
                "15 JDBC 1");

        TrackedRequest first = store.get("R1");
        assertThat(first.platform()).isEqualTo("linkedin");
        assertThat(first.events()).extracting(RequestEvent::type).containsExactly(EventType.DRAFTED, EventType.SENT);
        assertThat(first.events().get(0).note()).isEqualTo("from version " + version);
        if (version >= 3) {
            assertThat(first.events().get(0).documents()).singleElement()
                    .satisfies(d -> assertThat(d.originalName()).isEqualTo("letter.txt"));
        }
        assertThat(store.find(RequestQuery.status(RequestStatus.DRAFTED))).extracting(TrackedRequest::platform)
                .containsExactly("claude");

        // the chain (computed by migration 3.1 for versions 1 and 2) holds, and goes on
        store.append(2, NewEvent.of(EventType.SENT, LocalDate.of(2026, 11, 2)));
        ChainReport report = store.verify(store.documents(dir.resolve("documents")));
        assertThat(report.breaks()).isEmpty();
        assertThat(report.events()).isEqualTo(4);
        assertThat(store.find(RequestQuery.status(RequestStatus.DRAFTED))).isEmpty();
    }

    @Test
    void an_optout_from_before_flyway_refuses_a_migrated_tracker() throws Exception {
        Path db = copy(4);
        JdbcRequestStore.open(db.toString(), CliRun.CLOCK);
        // the optout before Flyway read PRAGMA user_version and refused any version above 4
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(15);
        }
    }

    @Test
    void latest_is_the_highest_migration_and_each_version_is_common_or_in_both_databases() throws IOException {
        Pattern name = Pattern.compile("V(\\d+(?:_\\d+)?)__\\w+\\.sql");
        Set<String> common = versions(MIGRATIONS.resolve("common"), name);
        Set<String> sqlite = versions(MIGRATIONS.resolve("sqlite"), name);
        Set<String> postgresql = versions(MIGRATIONS.resolve("postgresql"), name);
        assertThat(common).isNotEmpty();
        assertThat(sqlite).as("a version differing between the databases is in both folders").isEqualTo(postgresql);
        assertThat(common).as("a version is either common or per database").doesNotContainAnyElementsOf(sqlite);
        Set<String> all = new TreeSet<>(common);
        all.addAll(sqlite);
        all.add(JavaStep.HASH_CHAIN.version());
        all.add(JavaStep.STATUS.version());
        all.add(JavaStep.DUE_DATES.version());
        all.add(JavaStep.REPORT_FIGURES.version());
        all.add(JavaStep.MESSAGE_KEYS.version());
        int highest = all.stream().mapToInt(v -> Integer.parseInt(v.replaceFirst("[._].*", ""))).max().orElseThrow();
        assertThat(Migrations.LATEST).isEqualTo(highest);
    }

    private static Set<String> versions(Path folder, Pattern name) throws IOException {
        Set<String> versions = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = name.matcher(file.getFileName().toString());
                assertThat(m.matches()).as(file + " is named V<version>__<words>.sql").isTrue();
                versions.add(m.group(1));
            }
        }
        return versions;
    }
}
