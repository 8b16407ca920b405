package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.cli.CliRun;
import org.optout.tracker.Backend;
import org.optout.tracker.StoredDocument;

/**
 * {@code optout campaign mandates}: a folder of signed mandates as an association hands it over, good and bad files
 * mixed, recorded on a SQLite and on a PostgreSQL tracker, and read back from the tracker's tables and document store.
 */
class CampaignMandatesCommandTest {
    @TempDir
    Path home;

    private static final byte[] PDF = MandateFiles.pdf(1);
    private static final byte[] PNG = MandateFiles.image("png", 1);
    private static final byte[] JPEG = MandateFiles.image("jpg", 2);

    private static CliRun mandates(Path home, String db, String date, String... more) {
        List<String> args = new ArrayList<>(List.of("campaign", "mandates", "demo", "--db", db, "--ui-lang", "en"));
        args.addAll(List.of(more));
        return CliRun.at(home, date, args.toArray(String[]::new));
    }

    /** The rows of campaign_mandates: "member sha256 size media_type signed_on recorded_at", by member. */
    private static List<String> rows(Backend.Tracker tracker) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT member_id, sha256, size, media_type, signed_on, recorded_at FROM "
                     + "campaign_mandates WHERE campaign = 'demo' ORDER BY member_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getString(6));
            }
        }
        return rows;
    }

    private static String signedOn(Backend.Tracker tracker, String member) throws SQLException {
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT mandate_signed_on FROM campaign_members WHERE campaign = 'demo' "
                     + "AND member_id = '" + member + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void good_files_are_recorded_every_bad_one_is_named_and_a_rerun_changes_nothing(Backend backend)
            throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        // M001..M006 signed on 2026-10-01 by the members file, M007 without a date
        SendFixture.init(home, tracker.location(), 6, 1);
        Path folder = home.resolve("signed");
        MandateFiles.write(folder.resolve("M001.pdf"), PDF);
        MandateFiles.write(folder.resolve("M002.PNG"), PNG);
        MandateFiles.write(folder.resolve("M003.jpg"), JPEG);
        MandateFiles.write(folder.resolve("M004.pdf"), "I agree, signed M004".getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        MandateFiles.write(folder.resolve("M005.pdf"), big);
        MandateFiles.write(folder.resolve("M006.png"), MandateFiles.pngClaiming(10_000, 5_000));
        MandateFiles.write(folder.resolve("M007.jpeg"), MandateFiles.image("jpg", 3));
        MandateFiles.write(folder.resolve("M099.pdf"), PDF);
        MandateFiles.write(folder.resolve("notes.txt"), "scanned on Tuesday".getBytes(StandardCharsets.UTF_8));

        CliRun run = mandates(home, tracker.location(), "2026-11-22", "--from", "signed");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("Campaign demo: 3 signed mandate(s) recorded, 0 replaced, 0 unchanged, "
                + "6 file(s) refused.\n");
        assertThat(run.err().lines()).containsExactly(
                "M004.pdf: its content is not a PDF, as its name says",
                "M005.pdf: 10.0 MB; a signed mandate may be at most 10.0 MB",
                "M006.png: the image claims 10000×5000 pixels; at most 40 megapixels",
                "M007.jpeg: the day member M007 signed is not known: give it in the members file "
                        + "(mandate_signed_on) or with --signed-on",
                "M099.pdf: no member M099 in campaign demo (or they withdrew)",
                "notes.txt: not named as a signed mandate: name it after the member, <member_id>.pdf, .jpg, .jpeg "
                        + "or .png");
        String at = "2026-11-22T10:00:00Z";
        assertThat(rows(tracker)).containsExactly(
                "M001 " + MandateFiles.sha256(PDF) + " " + PDF.length + " application/pdf 2026-10-01 " + at,
                "M002 " + MandateFiles.sha256(PNG) + " " + PNG.length + " image/png 2026-10-01 " + at,
                "M003 " + MandateFiles.sha256(JPEG) + " " + JPEG.length + " image/jpeg 2026-10-01 " + at);
        var documents = tracker.documents(CliRun.CLOCK);
        for (byte[] content : List.of(PDF, PNG, JPEG)) {
            assertThat(documents.read(new StoredDocument(MandateFiles.sha256(content), content.length, null, null,
                    null, "mandate-signed"))).isEqualTo(content);
        }
        assertThat(signedOn(tracker, "M007")).isNull();

        CliRun again = mandates(home, tracker.location(), "2026-11-23", "--from", "signed");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(3);
        assertThat(again.out()).isEqualTo("Campaign demo: 0 signed mandate(s) recorded, 0 replaced, 3 unchanged, "
                + "6 file(s) refused.\n");
        assertThat(again.err().lines()).hasSize(6);
        assertThat(rows(tracker)).allMatch(row -> row.endsWith(at)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_date_given_for_the_folder_is_recorded_and_a_later_import_keeps_it_unless_it_states_another(Backend backend)
            throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), 1, 1);
        MandateFiles.write(home.resolve("first/M001.pdf"), PDF);
        CliRun first = mandates(home, tracker.location(), "2026-11-22", "--from", "first");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        MandateFiles.write(home.resolve("later/M001.pdf"), PDF);
        MandateFiles.write(home.resolve("later/M002.jpg"), JPEG);

        CliRun dry = mandates(home, tracker.location(), "2026-11-22", "--from", "later", "--signed-on", "2026-11-03",
                "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).startsWith("Campaign demo: 1 signed mandate(s) recorded, 1 replaced, 0 unchanged, "
                + "0 file(s) refused.\n").contains("Dry run: nothing was stored.");
        assertThat(rows(tracker)).hasSize(1).allMatch(row -> row.contains(" 2026-10-01 "));

        CliRun run = mandates(home, tracker.location(), "2026-11-22", "--from", "later", "--signed-on",
                "2026-11-03");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Campaign demo: 1 signed mandate(s) recorded, 1 replaced, 0 unchanged, "
                + "0 file(s) refused.\n");
        assertThat(rows(tracker)).extracting(row -> row.split(" ")[0] + " " + row.split(" ")[4])
                .containsExactly("M001 2026-11-03", "M002 2026-11-03");
        assertThat(signedOn(tracker, "M002")).isEqualTo("2026-11-03");

        // the members file still has no date for M002: importing it again keeps the recorded one
        CliRun init = CliRun.run(home, "campaign", "init", "demo", "--association", "association.yaml", "--members",
                "members.csv", "--db", tracker.location(), "--ui-lang", "en");
        assertThat(init.out()).as(init.toString()).contains("0 added, 1 updated, 1 unchanged, 0 invalid");
        assertThat(signedOn(tracker, "M002")).isEqualTo("2026-11-03");
        // M001's row states 2026-10-01 again: the last date stated wins, for the member and their recorded mandate
        assertThat(signedOn(tracker, "M001")).isEqualTo("2026-10-01");
        assertThat(rows(tracker)).extracting(row -> row.split(" ")[0] + " " + row.split(" ")[4])
                .containsExactly("M001 2026-10-01", "M002 2026-11-03");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_signing_date_out_of_range_or_a_missing_folder_is_a_usage_error_and_nothing_is_recorded(Backend backend)
            throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), 1, 0);
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);

        CliRun early = mandates(home, tracker.location(), "2026-11-22", "--from", "signed", "--signed-on",
                "2018-05-24");
        CliRun missing = mandates(home, tracker.location(), "2026-11-22", "--from", "nowhere");

        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("--signed-on 2018-05-24: a mandate under the GDPR is signed from "
                + "2018-05-25 to today (2026-11-22)");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--from nowhere: not a folder");
        CliRun unknown = CliRun.run(home, "campaign", "mandates", "autumn", "--from", "signed", "--db",
                tracker.location(), "--ui-lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no campaign autumn in this tracker");
        CliRun badName = CliRun.run(home, "campaign", "mandates", "../demo", "--from", "signed", "--db",
                tracker.location(), "--ui-lang", "en");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("../demo").doesNotContain("no campaign");
        assertThat(rows(tracker)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void two_files_for_one_member_are_both_refused(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        MandateFiles.write(home.resolve("signed/M001.png"), PNG);
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);
        MandateFiles.write(home.resolve("signed/M002.pdf"), PDF);

        CliRun run = mandates(home, tracker.location(), "2026-11-22", "--from", "signed");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err().lines()).containsExactly(
                "M001.pdf: member M001 has more than one file here (M001.pdf, M001.png): keep only the one to record",
                "M001.png: member M001 has more than one file here (M001.pdf, M001.png): keep only the one to record");
        assertThat(run.out()).contains("1 signed mandate(s) recorded", "2 file(s) refused");
        assertThat(rows(tracker)).hasSize(1).allMatch(row -> row.startsWith("M002 "));
    }

    /** From now on the tracker fails to record a mandate, as on a database error. */
    private static void refuseNewMandates(Backend.Tracker tracker) throws SQLException {
        try (Connection c = tracker.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON campaign_mandates BEGIN SELECT RAISE(ABORT, 'refused');"
                    + " END");
        }
    }

    @Test
    void a_mandate_the_tracker_cannot_record_leaves_no_copy_of_its_bytes_behind() throws Exception {
        Backend.Tracker tracker = Backend.SQLITE.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);
        refuseNewMandates(tracker);

        CliRun run = mandates(home, tracker.location(), "2026-11-22", "--from", "signed");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(rows(tracker)).isEmpty();
        String sha256 = MandateFiles.sha256(PDF);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(home)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !f.startsWith(home.resolve("signed")))
                    .filter(f -> {
                        try {
                            return MandateFiles.sha256(java.nio.file.Files.readAllBytes(f)).equals(sha256);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })).as("copies of the signed mandate outside the folder it came from").isEmpty();
        }
    }

    @Test
    void bytes_already_stored_for_another_member_are_kept_when_recording_the_same_file_fails() throws Exception {
        Backend.Tracker tracker = Backend.SQLITE.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        MandateFiles.write(home.resolve("first/M002.pdf"), PDF);
        assertThat(mandates(home, tracker.location(), "2026-11-22", "--from", "first").exitCode()).isZero();
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);
        refuseNewMandates(tracker);

        CliRun run = mandates(home, tracker.location(), "2026-11-22", "--from", "signed");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(rows(tracker)).hasSize(1).allMatch(row -> row.startsWith("M002 " + MandateFiles.sha256(PDF)));
        assertThat(java.nio.file.Files.readAllBytes(home.resolve("documents").resolve(MandateFiles.sha256(PDF))))
                .isEqualTo(PDF);
    }
}
