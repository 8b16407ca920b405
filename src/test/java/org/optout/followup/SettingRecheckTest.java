package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * Issue #10, case 3: a setting switched off on 31 August is re-checked six months later, on 28 February (the month
 * has no 31st), and {@code overdue} says it was switched off on 31 August, not on the 28th.
 */
class SettingRecheckTest {
    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return CliRun.at(home, date, args);
    }

    @BeforeEach
    void settingSwitchedOffOnTheLastDayOfAugust() {
        TestFiles.sampleProfile(home);
        CliRun drafted = at("2026-08-31", "send", "linkedin", "--via", "setting", "--profile", "profile.yaml",
                "--db", "t.db");
        assertThat(drafted.exitCode()).as(drafted.toString()).isZero();
        CliRun done = at("2026-08-31", "requests", "done", "R1", "--db", "t.db");
        assertThat(done.exitCode()).as(done.toString()).isZero();
    }

    @Test
    void overdue_prints_the_day_the_setting_was_switched_off() {
        assertThat(at("2027-02-27", "overdue", "--db", "t.db").out()).isEqualTo("nothing overdue\n");

        CliRun due = at("2027-02-28", "overdue", "--db", "t.db");

        assertThat(due.out()).isEqualTo("""
                R1 linkedin: setting switched off on 2026-08-31: check it is still off, then record it
                    next: optout guide linkedin
                    then: optout requests done R1 --db t.db
                """);
    }

    @Test
    void the_listing_the_timeline_and_the_calendar_give_the_same_recheck_date() {
        assertThat(at("2026-09-01", "requests", "--db", "t.db").out()).contains("re-check 2027-02-28");
        assertThat(at("2026-09-01", "requests", "show", "R1", "--db", "t.db").out())
                .contains("SETTING_DONE".toLowerCase(), "re-check the setting on 2027-02-28");
        assertThat(at("2026-09-01", "calendar", "--db", "t.db").out()).contains("DTSTART;VALUE=DATE:20270228");
    }

    @Test
    void the_advised_command_records_the_recheck_and_starts_a_new_period() {
        CliRun rechecked = at("2027-02-28", "requests", "done", "R1", "--db", "t.db");

        assertThat(rechecked.exitCode()).as(rechecked.toString()).isZero();
        assertThat(at("2027-03-01", "overdue", "--db", "t.db").out()).isEqualTo("nothing overdue\n");
        assertThat(at("2027-03-01", "requests", "--db", "t.db").out()).contains("re-check 2027-08-28");
    }
}
