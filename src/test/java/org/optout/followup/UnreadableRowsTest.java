package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * Issue #10, case 2: a row optout cannot read (written with sqlite3 here) takes only its own request down. Listings
 * show the other requests and name the unreadable one on stderr, in one line, with exit code 4; a command that
 * needs that request says what is wrong with it.
 */
class UnreadableRowsTest {
    private static final String EVENT = "INSERT INTO events (request_id, type, occurred_on, recorded_at, note) VALUES ";
    private static final String REQUEST = "INSERT INTO requests (platform, kind, language, channel, "
            + "controller_country, user_country, created_at) VALUES ";

    @TempDir
    Path home;

    private static Clock on(String date) {
        return CliRun.on(date);
    }

    private CliRun at(String date, String... args) {
        return CliRun.runWith(home, on(date), Map.of(), "", args);
    }

    /** Runs Debian's sqlite3 on the tracker, as a user editing it by hand would. */
    private String sqlite(String sql) throws Exception {
        Process process = new ProcessBuilder("sqlite3", home.resolve("t.db").toString(), sql)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.strip();
    }

    @BeforeEach
    void twoRequestsSentByWebForm() {
        TestFiles.sampleProfile(home);
        for (String platform : new String[] {"linkedin", "chatgpt"}) {
            CliRun drafted = at("2026-03-01", "send", platform, "--via", "form", "--profile", "profile.yaml",
                    "--db", "t.db");
            assertThat(drafted.exitCode()).as(drafted.toString()).isZero();
        }
        assertThat(at("2026-03-05", "requests", "sent", "R1", "--db", "t.db").exitCode()).isZero();
        assertThat(at("2026-03-05", "requests", "sent", "R2", "--db", "t.db").exitCode()).isZero();
    }

    static Stream<Arguments> unreadableRows() {
        return Stream.of(
                Arguments.of("an unknown event type", EVENT + "(2, 'GHOSTED', '2026-03-06', '2026-03-06T10:00:00Z', "
                        + "null)", "R2 E", "type 'GHOSTED' is not an event type"),
                Arguments.of("a day February does not have", EVENT + "(2, 'ACKNOWLEDGED', '2026-02-30', "
                        + "'2026-03-06T10:00:00Z', null)", "R2 E", "occurred_on '2026-02-30' is not a date"),
                Arguments.of("a mistyped year from an older optout", EVENT + "(2, 'RECEIVED', '0226-03-05', "
                        + "'2026-03-06T10:00:00Z', null)", "R2 E",
                        "occurred_on '0226-03-05' is not between 2000-01-01 and 2100-12-31"),
                Arguments.of("a bad recorded_at", EVENT + "(2, 'ACKNOWLEDGED', '2026-03-06', 'yesterday', null)",
                        "R2 E", "recorded_at 'yesterday' is not a time"),
                Arguments.of("a bad due_on", "INSERT INTO events (request_id, type, occurred_on, recorded_at, due_on) "
                        + "VALUES (2, 'REMINDER_SENT', '2026-03-06', '2026-03-06T10:00:00Z', 'soon')", "R2 E",
                        "due_on 'soon' is not a date"),
                Arguments.of("an unknown request kind", REQUEST + "('grok', 'APPEAL', 'fr', 'WEB_FORM', 'IE', 'FR', "
                        + "'2026-03-01T10:00:00Z')", "R3:", "kind 'APPEAL' is not a request kind"),
                Arguments.of("an unknown channel", REQUEST + "('grok', 'OBJECTION', 'fr', 'PIGEON', 'IE', 'FR', "
                        + "'2026-03-01T10:00:00Z')", "R3:", "channel 'PIGEON' is not a channel"),
                Arguments.of("a country that is no code", REQUEST + "('grok', 'OBJECTION', 'fr', 'WEB_FORM', 'IE', "
                        + "'France', '2026-03-01T10:00:00Z'); " + EVENT + "(3, 'SENT', '2026-03-05', "
                        + "'2026-03-05T10:00:00Z', null), (3, 'RECEIVED', '2026-03-05', '2026-03-05T10:00:00Z', null)",
                        "R3:", "user_country 'France' is not a country code"),
                Arguments.of("a bad created_at", REQUEST + "('grok', 'OBJECTION', 'fr', 'WEB_FORM', 'IE', 'FR', "
                        + "'2026-03-01')", "R3:", "created_at '2026-03-01' is not a time"),
                Arguments.of("a document with a bad stored_at", "INSERT INTO documents (sha256, size, media_type, "
                        + "original_name, stored_at) VALUES ('" + "ab".repeat(32) + "', 3, 'text/plain', 'x.txt', "
                        + "'later'); INSERT INTO event_documents (event_id, sha256, role) SELECT max(id), '"
                        + "ab".repeat(32) + "', 'attachment' FROM events WHERE request_id = 2", "R2 E",
                        "document " + "ab".repeat(32) + ": stored_at 'later' is not a time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRows")
    void listings_show_the_other_requests_and_name_the_unreadable_one(String what, String sql, String where,
                                                                       String problem) throws Exception {
        sqlite(sql);
        String broken = where.startsWith("R3") ? "R3" : "R2";
        String place = where.startsWith("R3") ? "R3: " : "R2 E" + sqlite("SELECT max(id) FROM events") + ": ";

        CliRun requests = at("2026-04-08", "requests", "--db", "t.db");
        CliRun json = at("2026-04-08", "requests", "--json", "--db", "t.db");
        CliRun overdue = at("2026-04-08", "overdue", "--db", "t.db");
        CliRun calendar = at("2026-04-08", "calendar", "--db", "t.db");

        for (CliRun run : new CliRun[] {requests, json, overdue, calendar}) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
            assertThat(run.err().lines()).as(run.toString()).singleElement().asString()
                    .startsWith("optout: tracker ").contains("t.db: " + place + problem);
        }
        assertThat(requests.out()).contains("R1     linkedin").doesNotContain(broken + " ");
        assertThat(json.out()).contains("\"id\" : \"R1\"").doesNotContain("\"id\" : \"" + broken + "\"");
        assertThat(overdue.out()).startsWith("R1 linkedin: ").doesNotContain(broken + " ");
        assertThat(calendar.out()).contains("UID:R1-deadline@optout").doesNotContain("UID:" + broken + "-");

        CliRun show = at("2026-04-08", "requests", "show", broken, "--db", "t.db");
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(4);
        assertThat(show.err().lines()).singleElement().asString().contains(place + problem);
        assertThat(at("2026-04-08", "requests", "show", "R1", "--db", "t.db").exitCode()).isZero();
    }

    @Test
    void a_command_that_needs_the_unreadable_request_stops_in_one_line_and_writes_nothing() throws Exception {
        sqlite(EVENT + "(2, 'ACKNOWLEDGED', '2026-02-30', '2026-03-06T10:00:00Z', null)");
        String events = sqlite("SELECT count(*) FROM events");

        CliRun answered = at("2026-04-08", "requests", "answered", "R2", "--db", "t.db");
        CliRun remind = at("2026-04-08", "remind", "R2", "--profile", "profile.yaml", "--db", "t.db");

        for (CliRun run : new CliRun[] {answered, remind}) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
            assertThat(run.err().lines()).as(run.toString()).singleElement().asString()
                    .contains("occurred_on '2026-02-30' is not a date");
        }
        assertThat(sqlite("SELECT count(*) FROM events")).isEqualTo(events);
        assertThat(at("2026-04-08", "requests", "answered", "R1", "--db", "t.db").exitCode()).isZero();
    }

    @Test
    void every_unreadable_request_is_named_on_its_own_line() throws Exception {
        sqlite(EVENT + "(2, 'GHOSTED', '2026-03-06', '2026-03-06T10:00:00Z', null)");
        sqlite(REQUEST + "('grok', 'APPEAL', 'fr', 'WEB_FORM', 'IE', 'FR', '2026-03-01T10:00:00Z')");

        CliRun requests = at("2026-04-08", "requests", "--db", "t.db");

        assertThat(requests.exitCode()).isEqualTo(4);
        assertThat(requests.err().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).contains("R2 E", "type 'GHOSTED'"),
                line -> assertThat(line).contains("R3: kind 'APPEAL'"));
        assertThat(requests.outLines()).hasSize(2);
    }

    @Test
    void when_no_request_can_be_read_the_listings_do_not_say_there_are_none() throws Exception {
        sqlite(EVENT + "(1, 'GHOSTED', '2026-03-06', '2026-03-06T10:00:00Z', null), "
                + "(2, 'GHOSTED', '2026-03-06', '2026-03-06T10:00:00Z', null)");

        CliRun requests = at("2026-04-08", "requests", "--db", "t.db");
        CliRun overdue = at("2026-04-08", "overdue", "--db", "t.db");

        assertThat(requests.exitCode()).isEqualTo(4);
        assertThat(requests.out()).isEmpty();
        assertThat(requests.err().lines()).hasSize(2);
        assertThat(overdue.exitCode()).isEqualTo(4);
        assertThat(overdue.out()).isEqualTo("nothing overdue among the requests optout can read\n");
    }
}
