package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Issue #10, case 4: text that came from outside (a reference, a note, a file name, a tracker edited by hand) is
 * printed with its control characters escaped, so it can neither clear the screen nor fake a line of output.
 */
class InertTextTest {
    private static final String CLEAR = "\u001b[2J";

    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return CliRun.at(home, date, args);
    }

    private static void assertInert(CliRun run) {
        String printed = (run.out() + run.err()).replace("\r\n", "\n"); // iCalendar lines end in CRLF
        assertThat(printed).as(run.toString()).doesNotContain("\u001b", "\u0007", "\u009b", "\u007f", "\r", "\t");
        assertThat(printed.lines()).as(run.toString()).noneMatch(line -> line.startsWith("second"));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text, é and 😀", "plain text, é and 😀"),
                Arguments.of(CLEAR, "\\x1b[2J"),
                Arguments.of("one\ntwo\r\n", "one\\ntwo\\r\\n"),
                Arguments.of("tab\there", "tab\\there"),
                Arguments.of("bell\u0007 nul\u0000 del\u007f", "bell\\x07 nul\\x00 del\\x7f"),
                Arguments.of("csi\u009b31m nel\u0085", "csi\\x9b31m nel\\x85"),
                Arguments.of("\u00a0kept\u00ff", "\u00a0kept\u00ff"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void control_characters_are_escaped_and_nothing_else(String text, String printed) {
        assertThat(InertText.of(text)).isEqualTo(printed);
    }

    @Test
    void null_stays_null() {
        assertThat(InertText.of(null)).isNull();
    }

    @BeforeEach
    void sentWithHostileText() {
        TestFiles.sampleProfile(home);
        assertThat(at("2026-03-01", "send", "linkedin", "--profile", "profile.yaml", "--db", "t.db").exitCode())
                .isZero();
        Path attachment = TestFiles.write(home.resolve("re" + CLEAR + "ply\u0007.txt"), "We will answer.");
        CliRun sent = at("2026-03-05", "requests", "sent", "R1", "--ref", "LI" + CLEAR + "-777",
                "--note", "first line\nsecond line", "--attach", attachment.getFileName().toString(), "--db", "t.db");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
    }

    @Test
    void the_timeline_prints_references_notes_and_file_names_escaped() {
        CliRun show = at("2026-03-06", "requests", "show", "R1", "--db", "t.db");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertInert(show);
        assertThat(show.out()).contains("ref LI\\x1b[2J-777", "— first line\\nsecond line",
                "attachment: re\\x1b[2Jply\\x07.txt, 15 bytes");
    }

    @Test
    void listings_print_a_platform_from_a_tracker_edited_by_hand_escaped() throws Exception {
        String sql = "INSERT INTO requests (platform, kind, language, channel, controller_country, user_country, "
                + "created_at) VALUES ('evil' || char(27) || '[2J' || char(10) || 'second line', 'OBJECTION', 'fr', "
                + "'WEB_FORM', 'IE', 'FR', '2026-03-01T10:00:00Z'); INSERT INTO events (request_id, type, occurred_on, "
                + "recorded_at, note) VALUES (2, 'SENT', '2026-03-05', '2026-03-05T10:00:00Z', 'x' || char(155) || "
                + "'31m'), (2, 'RECEIVED', '2026-03-05', '2026-03-05T10:00:00Z', null)";
        Process process = new ProcessBuilder("sqlite3", home.resolve("t.db").toString(), sql).redirectErrorStream(true)
                .start();
        assertThat(process.waitFor()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        CliRun requests = at("2026-04-08", "requests", "--db", "t.db");
        CliRun overdue = at("2026-04-08", "overdue", "--db", "t.db");
        CliRun show = at("2026-04-08", "requests", "show", "R2", "--db", "t.db");
        CliRun calendar = at("2026-04-08", "calendar", "--db", "t.db");

        for (CliRun run : new CliRun[] {requests, overdue, show, calendar}) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertInert(run);
        }
        assertThat(requests.out()).contains("R2     evil\\x1b[2J\\nsecond line");
        assertThat(overdue.out()).contains("R2 evil\\x1b[2J\\nsecond line: ");
        assertThat(show.out()).contains("— x\\x9b31m");
    }

    @Test
    void an_error_line_quoting_a_hostile_value_is_one_inert_line() throws Exception {
        String sql = "INSERT INTO events (request_id, type, occurred_on, recorded_at) VALUES (1, 'X' || char(27) "
                + "|| '[2J' || char(10) || 'second line', '2026-03-06', '2026-03-06T10:00:00Z')";
        Process process = new ProcessBuilder("sqlite3", home.resolve("t.db").toString(), sql).start();
        assertThat(process.waitFor()).isZero();

        CliRun show = at("2026-04-08", "requests", "show", "R1", "--db", "t.db");

        assertThat(show.exitCode()).as(show.toString()).isEqualTo(4);
        assertInert(show);
        assertThat(show.err().lines()).singleElement().asString().contains("type 'X\\x1b[2J\\nsecond line'");
    }
}
