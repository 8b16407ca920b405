package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * Issue #10, case 1: a date no one means (a mistyped year) is refused where it comes in, in one line naming the
 * range, and the tracker stays as it was, so every listing still works.
 */
class DateBoundsTest {
    @TempDir
    Path home;

    private static Clock on(String date) {
        return CliRun.on(date);
    }

    private CliRun at(String date, String... args) {
        return CliRun.runWith(home, on(date), Map.of(), "", args);
    }

    private void assertOneLineUsageError(CliRun run, String value) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).singleElement().asString()
                .contains(value, "2000-01-01", "2100-12-31");
        assertThat(run.out()).isEmpty();
    }

    private void assertListingsWork(String today) {
        for (String[] listing : new String[][] {{"requests"}, {"requests", "--json"}, {"overdue"}, {"calendar"},
                {"requests", "show", "R1"}}) {
            CliRun run = at(today, concat(listing, "--db", "t.db"));
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.err()).isEmpty();
        }
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @BeforeEach
    void preparedForPost() {
        TestFiles.sampleProfile(home);
        CliRun drafted = at("2026-03-01", "send", "linkedin", "--via", "post", "--profile", "profile.yaml",
                "--db", "t.db");
        assertThat(drafted.exitCode()).as(drafted.toString()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0226-03-01", "1999-12-31", "2101-01-01", "+999999999-12-31"})
    void a_mistyped_year_in_on_is_refused_and_the_tracker_is_unchanged(String typo) {
        String before = at("2026-03-10", "requests", "show", "R1", "--db", "t.db").out();

        CliRun sent = at("2026-03-10", "requests", "sent", "R1", "--by", "post", "--on", typo, "--db", "t.db");

        assertOneLineUsageError(sent, typo);
        assertThat(sent.err()).contains("--on");
        assertThat(at("2026-03-10", "requests", "show", "R1", "--db", "t.db").out()).isEqualTo(before);
        assertListingsWork("2026-03-10");
    }

    @Test
    void the_issue_sequence_sent_then_received_with_a_typo_leaves_every_listing_working() {
        CliRun sent = at("2026-03-02", "requests", "sent", "R1", "--by", "post", "--on", "0226-03-01", "--db", "t.db");
        CliRun received = at("2026-03-06", "requests", "received", "R1", "--on", "0226-03-05", "--db", "t.db");

        assertOneLineUsageError(sent, "0226-03-01");
        assertOneLineUsageError(received, "0226-03-05");
        assertListingsWork("2026-03-06");
        assertThat(at("2026-03-06", "requests", "sent", "R1", "--on", "2026-03-01", "--db", "t.db").exitCode())
                .isZero();
        assertThat(at("2026-03-06", "requests", "received", "R1", "--on", "2026-03-05", "--db", "t.db").exitCode())
                .isZero();
        assertListingsWork("2026-04-20");
        CliRun closed = at("2026-04-20", "requests", "closed", "R1", "--db", "t.db");
        assertThat(closed.exitCode()).as(closed.toString()).isZero();
    }

    @Test
    void the_bounds_themselves_are_accepted() {
        CliRun first = at("2026-03-10", "requests", "sent", "R1", "--by", "post", "--on", "2000-01-01",
                "--db", "t.db");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(CliRun.run(home, "deadline", "2000-01-01", "--country", "FR").out()).isEqualTo("2000-02-01\n");
        CliRun last = CliRun.run(home, "deadline", "2100-12-31", "--country", "FR", "--months", "3");
        assertThat(last.exitCode()).as(last.toString()).isZero();
        assertThat(last.out()).isEqualTo("2101-03-31\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "0000-01-31", "1582-10-10", "+999999999-12-31", "1999-12-31",
            "2101-01-01"})
    void deadline_refuses_a_date_no_one_means_in_one_line(String date) {
        assertOneLineUsageError(CliRun.run(home, "deadline", date, "--country", "FR"), date);
        assertOneLineUsageError(CliRun.run(home, "deadline", date, "--country", "IE", "--months", "3"), date);
    }

    @Test
    void a_letter_date_is_bounded_too() {
        CliRun letter = CliRun.run(home, "letter", "linkedin", "--date", "0226-03-01", "--profile", "profile.yaml");
        assertOneLineUsageError(letter, "0226-03-01");
        assertThat(letter.err()).contains("--date");
    }

    @Test
    void an_attached_email_dated_1970_is_invalid_data_and_nothing_is_recorded() {
        TestFiles.write(home.resolve("old.eml"), "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\nFrom: dpo@example.com\r\n"
                + "To: me@example.com\r\nSubject: Re: objection\r\nMessage-ID: <1@example.com>\r\n\r\nNoted.\r\n");
        String before = at("2026-03-10", "requests", "show", "R1", "--db", "t.db").out();

        CliRun sent = at("2026-03-10", "requests", "sent", "R1", "--attach", "old.eml", "--db", "t.db");

        assertThat(sent.exitCode()).as(sent.toString()).isEqualTo(3);
        assertThat(sent.err().lines()).singleElement().asString()
                .contains("1970-01-01", "2000-01-01", "2100-12-31", "Date:");
        assertThat(at("2026-03-10", "requests", "show", "R1", "--db", "t.db").out()).isEqualTo(before);
    }
}
