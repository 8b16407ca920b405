package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * Issue #11 item 9: {@code optout calendar} keeps one UID per request and kind, so importing it again after a
 * change updates the events (higher SEQUENCE) instead of adding copies; it has the end of a reminder's grace period
 * and art. 78(2)'s follow-up of a filed complaint, in the profile's language.
 */
class CalendarCommandTest {
    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return CliRun.at(home, date, args);
    }

    private CliRun ok(String date, String... args) {
        return CliRun.ok(home, date, args);
    }

    @BeforeEach
    void sentByWebForm() {
        TestFiles.sampleProfile(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
        TestFiles.write(home.resolve("reply.txt"), "We refuse.");
        ok("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--attach", "confirmation.png", "--db", "t.db");
    }

    /** The events of a calendar printed on stdout, by UID; fails on a duplicate UID. */
    private static Map<String, VEvent> events(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return events(run.out());
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> byUid = new LinkedHashMap<>();
        for (Object component : calendar.getComponents("VEVENT")) {
            VEvent event = (VEvent) component;
            String uid = property(event, "UID");
            assertThat(byUid.put(uid, event)).as("duplicate UID " + uid).isNull();
        }
        return byUid;
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name + " in " + event))
                .getValue();
    }

    private static String start(VEvent event) {
        return event.getDateTimeStart().getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(property(event, "SEQUENCE"));
    }

    private static String summary(VEvent event) {
        return property(event, "SUMMARY");
    }

    private static String description(VEvent event) {
        return property(event, "DESCRIPTION");
    }

    @Test
    void an_extension_moves_the_deadline_under_the_same_uid_with_a_higher_sequence() throws Exception {
        VEvent before = events(at("2026-03-10", "calendar", "--db", "t.db")).get("R1-deadline@optout");
        assertThat(start(before)).isEqualTo("20260407");

        ok("2026-03-20", "requests", "extended", "R1", "--db", "t.db");
        Map<String, VEvent> after = events(at("2026-03-21", "calendar", "--db", "t.db"));

        assertThat(after).containsOnlyKeys("R1-deadline@optout");
        assertThat(start(after.get("R1-deadline@optout"))).isEqualTo("20260605");
        assertThat(sequence(after.get("R1-deadline@optout"))).isGreaterThan(sequence(before));
    }

    @Test
    void an_identity_pause_takes_the_deadline_away_and_gives_it_back_under_the_same_uid() throws Exception {
        int first = sequence(events(at("2026-03-10", "calendar", "--db", "t.db")).get("R1-deadline@optout"));
        ok("2026-03-10", "requests", "identity-requested", "R1", "--db", "t.db");
        assertThat(events(at("2026-03-12", "calendar", "--db", "t.db"))).isEmpty();
        assertThat(ok("2026-03-20", "requests", "identity-provided", "R1", "--db", "t.db").out())
                .contains("deadline 2026-04-15");

        VEvent back = events(at("2026-03-21", "calendar", "--db", "t.db")).get("R1-deadline@optout");

        assertThat(start(back)).isEqualTo("20260415");
        assertThat(sequence(back)).isGreaterThan(first);
    }

    @Test
    void exporting_again_without_a_change_gives_the_same_bytes() throws Exception {
        CliRun first = ok("2026-03-10", "calendar", "--out-file", "a.ics", "--db", "t.db");
        CliRun later = ok("2026-03-31", "calendar", "--out-file", "b.ics", "--db", "t.db");

        assertThat(first.outLines()).containsExactly(home.resolve("a.ics").toString());
        assertThat(later.outLines()).containsExactly(home.resolve("b.ics").toString());
        assertThat(Files.readAllBytes(home.resolve("b.ics"))).isEqualTo(Files.readAllBytes(home.resolve("a.ics")));
        assertThat(at("2026-04-01", "calendar", "--db", "t.db").out()).isEqualTo(TestFiles.read(home.resolve("a.ics")));
        assertThat(events(TestFiles.read(home.resolve("a.ics")))).containsOnlyKeys("R1-deadline@optout");
    }

    @Test
    void the_end_of_the_reminders_grace_period_is_the_day_the_complaint_is_due() throws Exception {
        ok("2026-04-09", "requests", "reminded", "R1", "--attach", "reply.txt", "--db", "t.db");

        Map<String, VEvent> events = events(at("2026-04-10", "calendar", "--db", "t.db"));

        assertThat(events).containsOnlyKeys("R1-deadline@optout", "R1-grace-end@optout");
        VEvent grace = events.get("R1-grace-end@optout");
        assertThat(start(grace)).isEqualTo("20260424");
        assertThat(summary(grace)).isEqualTo("Reminder to linkedin: grace period over (R1)");
        assertThat(description(grace)).contains("ended on April\u00A023,\u00A02026".replace("April\u00A023,", "23\u00A0April"))
                .endsWith("You may now file a complaint: optout complaint R1 --db t.db");
        String todo = ok("2026-04-24", "todo", "--db", "t.db").out();
        assertThat(todo).contains("next: optout complaint R1 --db t.db");
        assertThat(ok("2026-04-23", "todo", "--db", "t.db").out()).doesNotContain("optout complaint");
    }

    @Test
    void a_filed_complaint_gets_its_art_78_2_follow_up_three_months_later() throws Exception {
        ok("2026-04-02", "requests", "refused", "R1", "--attach", "reply.txt", "--db", "t.db");
        ok("2026-04-03", "complaint", "R1", "--profile", "profile.yaml", "--db", "t.db");
        assertThat(events(at("2026-04-03", "calendar", "--db", "t.db"))).isEmpty();
        ok("2026-04-06", "requests", "complained", "R2", "--authority", "cnil", "--ref", "CNIL-9", "--db", "t.db");

        Map<String, VEvent> english = events(at("2026-04-07", "calendar", "--db", "t.db"));
        Map<String, VEvent> french = events(at("2026-04-07", "calendar", "--profile", "profile.yaml", "--db", "t.db"));

        assertThat(english).containsOnlyKeys("R2-complaint-news@optout");
        VEvent news = english.get("R2-complaint-news@optout");
        assertThat(start(news)).isEqualTo("20260706");
        assertThat(summary(news)).isEqualTo("Complaint R2 about linkedin: 3 months without news?");
        assertThat(description(news)).contains("(cnil)", "6\u00A0April\u00A02026", "art. 78(2)");
        assertThat(summary(french.get("R2-complaint-news@optout")))
                .isEqualTo("Plainte R2 contre linkedin : 3 mois sans nouvelles ?");
        assertThat(ok("2026-04-07", "todo", "--db", "t.db").out()).contains("owes you news by 2026-07-06");
    }

    @Test
    void the_texts_are_in_the_profiles_language_unless_lang_says_otherwise() throws Exception {
        VEvent french = events(at("2026-03-10", "calendar", "--profile", "profile.yaml", "--db", "t.db"))
                .get("R1-deadline@optout");
        VEvent dutch = events(at("2026-03-10", "calendar", "--profile", "profile.yaml", "--lang", "nl", "--db", "t.db"))
                .get("R1-deadline@optout");
        VEvent german = events(at("2026-03-10", "calendar", "--lang", "DE", "--db", "t.db")).get("R1-deadline@optout");
        VEvent english = events(at("2026-03-10", "calendar", "--db", "t.db")).get("R1-deadline@optout");

        assertThat(summary(french)).isEqualTo("Délai de réponse de linkedin (R1)");
        assertThat(description(french)).startsWith("linkedin doit répondre à votre demande R1 au plus tard "
                + "aujourd’hui, 7\u00A0avril\u00A02026").endsWith("envoyez une relance : optout remind R1 --db t.db");
        assertThat(french.getAlarms()).singleElement().satisfies(a -> assertThat(a.getTrigger().get().getValue())
                .isEqualTo("-P3D"));
        assertThat(summary(dutch)).isEqualTo("Antwoordtermijn van linkedin (R1)");
        assertThat(description(dutch)).contains("uiterlijk vandaag, 7\u00A0april\u00A02026", "optout remind R1");
        assertThat(summary(german)).isEqualTo("Antwortfrist von linkedin (R1)");
        assertThat(description(german)).contains("am 7.\u00A0April\u00A02026");
        assertThat(summary(english)).isEqualTo("Response deadline for linkedin (R1)");
        assertThat(sequence(french)).isEqualTo(sequence(english));
    }

    @Test
    void a_setting_recheck_is_in_the_language_too() throws Exception {
        ok("2026-08-31", "send", "meta-ai", "--via", "setting", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-08-31", "requests", "done", "R2", "--db", "t.db");

        VEvent recheck = events(at("2026-09-01", "calendar", "--profile", "profile.yaml", "--db", "t.db"))
                .get("R2-recheck@optout");

        assertThat(start(recheck)).isEqualTo("20270228");
        assertThat(summary(recheck)).isEqualTo("meta-ai : vérifier que le réglage d’entraînement de l’IA est "
                + "toujours désactivé (R2)");
        assertThat(description(recheck)).contains("le 31\u00A0août\u00A02026", "(optout guide meta-ai)",
                "optout requests done R2 --db t.db");
    }

    @Test
    void a_broken_profile_is_an_error_but_no_profile_is_english() {
        TestFiles.write(home.resolve("bad.yaml"), "name: [oops\n");
        CliRun bad = at("2026-03-10", "calendar", "--profile", "bad.yaml", "--db", "t.db");
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(3);
        assertThat(bad.err()).startsWith("optout: ").contains("bad.yaml");
        assertThat(bad.out()).isEmpty();
        CliRun missing = at("2026-03-10", "calendar", "--profile", "missing.yaml", "--db", "t.db");
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
        assertThat(at("2026-03-10", "calendar", "--db", "t.db").out()).contains("SUMMARY:Response deadline");
    }

    @Test
    void out_is_a_folder_and_out_file_a_file() throws Exception {
        CliRun folder = ok("2026-03-10", "calendar", "--out", "cal", "--db", "t.db");
        Path written = home.resolve("cal/optout-calendar.ics");
        assertThat(folder.outLines()).containsExactly(written.toString());
        assertThat(events(TestFiles.read(written))).containsOnlyKeys("R1-deadline@optout");

        CliRun file = ok("2026-03-10", "calendar", "--out-file", "my.ics", "--db", "t.db");
        assertThat(file.outLines()).containsExactly(home.resolve("my.ics").toString());
        assertThat(TestFiles.read(home.resolve("my.ics"))).isEqualTo(TestFiles.read(written));

        CliRun both = at("2026-03-10", "calendar", "--out", "cal", "--out-file", "x.ics", "--db", "t.db");
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(2);
        assertThat(both.err().lines()).singleElement().asString().startsWith("optout: ")
                .contains("--out", "--out-file", "mutually exclusive");
        assertThat(home.resolve("x.ics")).doesNotExist();

        TestFiles.write(home.resolve("plain"), "a file");
        CliRun notAFolder = at("2026-03-10", "calendar", "--out", "plain", "--db", "t.db");
        assertThat(notAFolder.exitCode()).as(notAFolder.toString()).isEqualTo(3);
        assertThat(notAFolder.err()).contains("--out", "not a directory");
    }

    @Test
    void every_kind_at_once_has_distinct_uids() throws Exception {
        ok("2026-03-01", "send", "meta-ai", "--via", "setting", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-01", "requests", "done", "R2", "--db", "t.db");
        ok("2026-03-01", "send", "x", "--via", "form", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R3", "--ref", "X-1", "--attach", "confirmation.png", "--db", "t.db");
        ok("2026-03-20", "requests", "refused", "R3", "--attach", "reply.txt", "--db", "t.db");
        ok("2026-03-21", "complaint", "R3", "--profile", "profile.yaml", "--db", "t.db");
        ok("2026-03-22", "requests", "complained", "R3", "--authority", "cnil", "--ref", "C-1", "--db", "t.db");
        ok("2026-04-09", "requests", "reminded", "R1", "--attach", "reply.txt", "--db", "t.db");

        Map<String, VEvent> events = events(at("2026-04-10", "calendar", "--db", "t.db"));

        assertThat(events.keySet()).containsExactly("R1-deadline@optout", "R1-grace-end@optout",
                "R2-recheck@optout", "R4-complaint-news@optout");
        assertThat(events.values().stream().map(CalendarCommandTest::start).toList())
                .isEqualTo(List.of("20260407", "20260424", "20260901", "20260622"));
    }
}
