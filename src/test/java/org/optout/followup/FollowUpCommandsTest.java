package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;

/** A request followed over time: sent by web form, acknowledged, overdue, reminded, exported to a calendar. */
class FollowUpCommandsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private static Clock on(String date) {
        return CliRun.on(date);
    }

    private CliRun at(String date, String... args) {
        return CliRun.runWith(home, on(date), Map.of(), "", args);
    }

    @BeforeEach
    void sentByWebForm() {
        TestFiles.sampleProfile(home);
        assertThat(at("2026-03-01", "send", "linkedin", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db").exitCode()).isZero();
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
        CliRun sent = at("2026-03-05", "requests", "sent", "R1", "--ref", "LI-777", "--attach", "confirmation.png",
                "--db", "t.db");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(sent.out()).contains("deadline 2026-04-07");
    }

    @Test
    void deadline_command_prints_the_iso_date_first_and_explains() {
        CliRun run = CliRun.run(home, "deadline", "2026-03-05", "--country", "IE", "--explain");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("2026-04-07");
        assertThat(run.out()).contains("2026-04-05 is a Sunday", "2026-04-06 is Easter Monday in IE");
        assertThat(CliRun.run(home, "deadline", "2025-11-26", "--country", "FR").out()).isEqualTo("2025-12-26\n");
        assertThat(CliRun.run(home, "deadline", "2025-11-26", "--country", "IE").out()).isEqualTo("2025-12-29\n");
        assertThat(CliRun.run(home, "deadline", "2026-01-31", "--country", "BE", "--months", "3").out())
                .isEqualTo("2026-04-30\n");
        assertThat(CliRun.run(home, "deadline", "2026-03-05", "--country", "DE", "--explain").out())
                .contains("weekends only");
    }

    @Test
    void deadline_defaults_to_the_profile_country_and_rejects_bad_input() {
        assertThat(CliRun.run(home, "deadline", "2026-04-14", "--profile", "profile.yaml", "--ui-lang", "en").out()).isEqualTo("2026-05-15\n");
        CliRun badDate = CliRun.run(home, "deadline", "2026-02-30", "--country", "FR");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2026-02-30' is not a date");
        CliRun badCountry = CliRun.run(home, "deadline", "2026-02-03", "--country", "XX");
        assertThat(badCountry.exitCode()).isEqualTo(2);
        assertThat(badCountry.err()).contains("--country", "'XX'");
        assertThat(CliRun.run(home, "deadline", "2026-02-03", "--country", "FR", "--months", "4").exitCode()).isEqualTo(2);
    }

    @Test
    void events_move_the_status_and_the_deadline() {
        CliRun ack = at("2026-03-10", "requests", "acknowledged", "R1", "--note", "auto-reply", "--db", "t.db");
        assertThat(ack.out()).contains("status acknowledged", "deadline 2026-04-07");
        CliRun ext = at("2026-03-20", "requests", "extended", "R1", "--db", "t.db");
        assertThat(ext.out()).contains("status extended", "deadline 2026-06-05");
        TestFiles.write(home.resolve("reply.txt"), "We need more time.");
        CliRun answered = at("2026-05-02", "requests", "answered", "R1", "--attach", "reply.txt", "--db", "t.db");
        assertThat(answered.exitCode()).as(answered.toString()).isZero();
        assertThat(at("2026-05-02", "requests", "show", "R1", "--db", "t.db").out())
                .contains("answered", "attachment: reply.txt, 18 bytes, sha256 ");
        // an answer is to be read and the request closed: due now
        assertThat(at("2026-09-01", "overdue", "--db", "t.db").out()).isEqualTo("""
                R1 linkedin: answered on 2026-05-02: read the answer; if it settles your objection, close the request
                    next: optout requests closed R1 --db t.db
                """);
        assertThat(at("2026-09-01", "requests", "closed", "R1", "--db", "t.db").exitCode()).isZero();
        assertThat(at("2026-09-01", "overdue", "--db", "t.db").out()).isEqualTo("nothing overdue\n");
    }

    @Test
    void bad_event_input_gets_one_line_errors() {
        CliRun unknown = at("2026-03-10", "requests", "answered", "R9", "--db", "t.db");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("optout: unknown request 'R9'; 'optout requests' lists them\n");
        CliRun future = at("2026-03-10", "requests", "answered", "R1", "--on", "2026-04-01", "--db", "t.db");
        assertThat(future.exitCode()).isEqualTo(3);
        assertThat(future.err()).contains("--on: 2026-04-01 is in the future");
        CliRun before = at("2026-03-10", "requests", "refused", "R1", "--on", "2026-03-01", "--db", "t.db");
        assertThat(before.exitCode()).isEqualTo(3);
        assertThat(before.err()).contains("before R1 was sent (2026-03-05)");
        CliRun badDate = at("2026-03-10", "requests", "refused", "R1", "--on", "yesterday", "--db", "t.db");
        assertThat(badDate.exitCode()).isEqualTo(2);
    }

    @Test
    void overdue_then_reminder_emailed_and_recorded() throws Exception {
        CliRun overdue = at("2026-04-08", "overdue", "--db", "t.db");
        assertThat(overdue.out()).isEqualTo("""
                R1 linkedin: no answer: the deadline of 2026-04-07 has passed
                    next: optout remind R1 --db t.db
                """);
        assertThat(at("2026-04-08", "requests", "--json", "--db", "t.db").out()).contains("\"overdue\" : true");

        CliRun tooEarly = at("2026-04-07", "remind", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(tooEarly.exitCode()).isEqualTo(3);
        assertThat(tooEarly.err()).contains("R1 is not overdue", "deadline 2026-04-07");

        // LinkedIn has no DPO email in the catalogue: the reminder is written, to send by its form
        CliRun written = at("2026-04-08", "remind", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path pdf = home.resolve("letters/reminder-R1-linkedin-fr.pdf");
        assertThat(written.outLines()).containsExactly(pdf.toString(),
                home.resolve("letters/reminder-R1-linkedin-fr.txt").toString());
        assertThat(PdfFacts.of(pdf).flatText()).contains("R1", "5 mars 2026", "7 avril 2026", "22 avril 2026",
                "LI-777", "77");
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();

        // --send cannot email it: the advice is a command that works as printed (remind has no --via)
        CliRun send = at("2026-04-09", "remind", "R1", "--send", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(send.exitCode()).isEqualTo(3);
        assertThat(send.err()).hasLineCount(1).doesNotContain("--via")
                .endsWith("then record it: optout requests reminded R1 --attach FILE --db t.db\n");
        String advice = send.err().strip().replaceFirst(".*then record it: optout ", "")
                .replace("FILE", "letters/reminder-R1-linkedin-fr.txt");
        CliRun reminded = at("2026-04-09", advice.split(" "));
        assertThat(reminded.exitCode()).as(reminded.toString()).isZero();
        assertThat(at("2026-04-20", "overdue", "--db", "t.db").out()).isEqualTo("nothing overdue\n");
        assertThat(at("2026-04-20", "todo", "--db", "t.db").out()).contains("R1 linkedin: reminded; waiting until "
                + "2026-04-23");
        assertThat(at("2026-04-24", "overdue", "--db", "t.db").out()).isEqualTo("""
                R1 linkedin: no answer to the reminder, whose period ended on 2026-04-23
                    next: optout complaint R1 --db t.db
                """);
    }

    @Test
    void reminder_sent_by_email_is_recorded_with_its_proof() throws Exception {
        assertThat(at("2026-03-01", "send", "claude", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db", "--smtp-host",
                "127.0.0.1", "--smtp-port", Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none")
                .exitCode()).isZero();
        CliRun remind = at("2026-04-02", "remind", "R2", "--send", "--lang", "en", "--profile", "profile.yaml", "--ui-lang", "en",
                "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(mail.getSmtp().getPort()),
                "--smtp-tls", "none");
        assertThat(remind.exitCode()).as(remind.toString()).isZero();
        assertThat(remind.err()).contains("R2 claude: reminder sent to [dpo@anthropic.com]");
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(mail.getReceivedMessages()[1].getSubject()).startsWith("Reminder");
        assertThat(at("2026-04-02", "requests", "show", "R2", "--db", "t.db").out())
                .contains("reminder_sent", "eml: reminder-R2-claude-en.eml");
    }

    @Test
    void calendar_has_one_event_per_open_deadline_with_an_alarm() throws Exception {
        CliRun run = at("2026-03-06", "calendar", "--out-file", "deadlines.ics", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(home.resolve("deadlines.ics").toString());
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(TestFiles.read(home.resolve("deadlines.ics"))));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20260407");
        assertThat(event.getAlarms()).singleElement()
                .satisfies(a -> assertThat(a.getTrigger().get().getValue()).isEqualTo("-P3D"));
        at("2026-03-10", "requests", "answered", "R1", "--db", "t.db");
        assertThat(at("2026-03-10", "calendar", "--db", "t.db").out()).doesNotContain("BEGIN:VEVENT");
    }
}
