package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/** {@code optout campaign init, status, forget} on the samples, through the real command line. */
class CampaignCommandsTest {
    @TempDir
    Path home;

    @BeforeEach
    void samples() {
        GeneratedMembers.sampleAssociation(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("members.csv"), home.resolve("members.csv"));
    }

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--db", "t.db", "--ui-lang", "en"))
                .toArray(String[]::new);
        return CliRun.run(home, all);
    }

    private CliRun ok(String... args) {
        CliRun run = run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void init_twice_adds_then_updates_only_what_changed() throws Exception {
        CliRun first = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");
        assertThat(first.out()).isEqualTo("Campaign demo: 12 added, 0 updated, 0 unchanged, 0 invalid\n");

        CliRun again = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");
        assertThat(again.out()).isEqualTo("Campaign demo: 0 added, 0 updated, 12 unchanged, 0 invalid\n");

        String csv = Files.readString(home.resolve("members.csv"), StandardCharsets.UTF_8)
                .replace("Jan De Smedt,jan.desmedt@example.org", "Jan De Smedt,jan.de.smedt@example.org")
                + "M0013,Inès Haddad,ines.haddad@example.org,Rue Haute 1 | 1000 Bruxelles,BE,fr,,,,\r\n";
        Files.writeString(home.resolve("members.csv"), csv, StandardCharsets.UTF_8);
        CliRun changed = ok("campaign", "init", "demo", "--association", "association.yaml", "--members",
                "members.csv");
        assertThat(changed.out()).isEqualTo("Campaign demo: 1 added, 1 updated, 11 unchanged, 0 invalid\n");
        assertThat(column("SELECT email FROM campaign_members WHERE member_id = 'M0002'"))
                .containsExactly("jan.de.smedt@example.org");

        CliRun status = ok("campaign", "status", "demo");
        assertThat(status.outLines()).containsExactly("Campaign demo: 13 members (0 withdrew)",
                "Mandates: 7 signed, 6 not signed yet, 0 mandate document(s) written",
                "Signed mandates on record (campaign mandates): 0; signed without a copy on record: 7");
    }

    @Test
    void a_large_file_is_imported_and_reimported_in_chunks_with_every_change_and_account_kept() throws Exception {
        GeneratedMembers.write(home.resolve("many.csv"), 1203);
        CliRun first = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "many.csv");
        assertThat(first.out()).isEqualTo("Campaign demo: 1203 added, 0 updated, 0 unchanged, 0 invalid\n");
        assertThat(column("SELECT COUNT(*) FROM campaign_accounts WHERE campaign = 'demo'")).containsExactly("1203");
        ok("campaign", "forget", "demo", GeneratedMembers.id(700));

        // one change in each chunk of 500, a member given an account on another platform, the withdrawn one listed
        String csv = Files.readString(home.resolve("many.csv"), StandardCharsets.UTF_8)
                .replace("member3@example.org", "member3@example.net")
                .replace("member777@example.org", "member777@example.net")
                .replace("Rue 1202 | 1000 Bruxelles", "Rue 1202 bis | 1000 Bruxelles")
                .replace("member_id,name,email,address,country,language,mandate_signed_on,account_linkedin\r\n",
                        "member_id,name,email,address,country,language,mandate_signed_on,account_linkedin,"
                                + "account_claude\r\n")
                .replaceAll("(https://www.linkedin.com/in/member-\\d+)\r\n", "$1,\r\n")
                .replace("https://www.linkedin.com/in/member-501,", "https://www.linkedin.com/in/member-501,"
                        + "claude-501@example.org");
        Files.writeString(home.resolve("many.csv"), csv + GeneratedMembers.id(1203) + ",Nouveau Membre,new@example.org,"
                + "Rue 1 | 1000 Bruxelles,BE,fr,,,\r\n", StandardCharsets.UTF_8);
        CliRun again = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "many.csv");

        assertThat(again.out()).isEqualTo("Campaign demo: 1 added, 4 updated, 1198 unchanged, 0 invalid\n"
                + "1 member(s) who withdrew left out\n");
        assertThat(column("SELECT email FROM campaign_members WHERE member_id IN ('G0003', 'G0777') ORDER BY 1"))
                .containsExactly("member3@example.net", "member777@example.net");
        assertThat(column("SELECT platform || ' ' || account FROM campaign_accounts WHERE member_id = 'G0501' "
                + "ORDER BY 1")).containsExactly("claude claude-501@example.org",
                "linkedin https://www.linkedin.com/in/member-501");
        assertThat(column("SELECT COUNT(*) FROM campaign_accounts WHERE campaign = 'demo'")).containsExactly("1203");
        assertThat(column("SELECT COUNT(*) FROM campaign_members WHERE campaign = 'demo' AND withdrawn_on IS NULL"))
                .containsExactly("1203");
    }

    @Test
    void a_file_with_bad_rows_is_refused_whole_listing_each_unless_skip_invalid() throws Exception {
        Files.writeString(home.resolve("bad.csv"), "member_id,name,email,address,country\r\n"
                + "A1,Ann,ann@example.org,Street 1,BE\r\n"
                + "A2,Bob,,Street 2,BE\r\n"
                + "A1,Cat,cat@example.org,Street 3,XX1\r\n", StandardCharsets.UTF_8);

        CliRun refused = run("campaign", "init", "demo", "--association", "association.yaml", "--members", "bad.csv");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).containsExactly(
                "bad.csv: line 3: field email: missing",
                "bad.csv: line 4: field member_id: the same member_id as on line 2",
                "bad.csv: line 4: field country: not a two-letter country code in capitals (e.g. BE)",
                "optout: bad.csv: 2 bad row(s), nothing imported: correct them, or use --skip-invalid to import the "
                        + "others");
        CliRun unknown = run("campaign", "status", "demo");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no campaign demo in this tracker");

        CliRun skipped = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "bad.csv",
                "--skip-invalid");
        assertThat(skipped.out()).isEqualTo("Campaign demo: 1 added, 0 updated, 0 unchanged, 2 invalid\n");
        assertThat(skipped.err()).contains("bad.csv: line 3: field email: missing", "2 bad row(s) skipped");
        assertThat(column("SELECT member_id FROM campaign_members")).containsExactly("A1");
    }

    @Test
    void a_legal_form_given_by_language_needs_every_language_and_one_name_serves_them_all() throws Exception {
        String sample = Files.readString(home.resolve("association.yaml"));
        Files.writeString(home.resolve("association.yaml"), sample.replace("  de: Vereinigung ohne "
                + "Gewinnerzielungsabsicht (VoG)\n", ""));

        CliRun missing = run("campaign", "init", "demo", "--association", "association.yaml", "--members",
                "members.csv");

        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("optout: association.yaml: field `legal_form.de` is missing (the "
                + "association writes letters in de, see `languages`)\n");

        Files.writeString(home.resolve("association.yaml"), sample.replaceAll("legal_form:\n(  \\w\\w: .*\n)+",
                "legal_form: association sans but lucratif (ASBL)\n"));
        ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");
        // the stored copy of an association with one legal form is the JSON earlier versions stored: no new key
        assertThat(column("SELECT association_json FROM campaigns WHERE name = 'demo'").get(0))
                .contains("\"legalForm\":\"association sans but lucratif (ASBL)\"").doesNotContain("legalForms");
    }

    @Test
    void an_association_without_a_text_in_one_of_its_languages_is_refused_naming_the_field() throws IOException {
        String yaml = Files.readString(home.resolve("association.yaml"))
                .replace("    nl: voorzitster\n", "");
        Files.writeString(home.resolve("association.yaml"), yaml);

        CliRun run = run("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("optout: association.yaml: field `representative.role.nl` is missing (the "
                + "association writes letters in nl, see `languages`)\n");
    }

    @Test
    void forget_erases_the_member_and_their_folder_and_keeps_them_out_of_later_imports_and_letters() throws Exception {
        ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");
        ok("campaign", "letters", "demo", "--platform", "linkedin", "--out", "out");
        assertThat(home.resolve("out/M0005")).isDirectoryContaining("glob:**/objection-linkedin-fr.pdf")
                .isDirectoryContaining("glob:**/mandate-fr.pdf");

        CliRun forget = ok("campaign", "forget", "demo", "M0005");

        assertThat(forget.outLines()).containsExactly(
                "Member M0005 withdrew from campaign demo: no further action for them; their personal data is erased.",
                "Deleted: " + home.resolve("out/M0005/mandate-fr.pdf"),
                "Deleted: " + home.resolve("out/M0005/objection-linkedin-fr.pdf"),
                "Kept for legal claims already made (art. 17(3)(e) GDPR): nothing, no request was sent for this "
                        + "member.");
        assertThat(home.resolve("out/M0005")).doesNotExist();
        assertThat(home.resolve("out/M0004")).isDirectory();
        assertThat(column("SELECT COALESCE(name, '-') || COALESCE(email, '-') || COALESCE(address, '-') || "
                + "withdrawn_on FROM campaign_members WHERE member_id = 'M0005'")).containsExactly("---2026-11-22");
        assertThat(column("SELECT COUNT(*) FROM campaign_accounts WHERE member_id = 'M0005'")).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM campaign_documents WHERE member_id = 'M0005'")).containsExactly("0");

        CliRun reimport = ok("campaign", "init", "demo", "--association", "association.yaml", "--members",
                "members.csv");
        assertThat(reimport.outLines()).containsExactly("Campaign demo: 0 added, 0 updated, 11 unchanged, 0 invalid",
                "1 member(s) who withdrew left out");
        CliRun letters = ok("campaign", "letters", "demo", "--platform", "linkedin");
        assertThat(letters.out()).startsWith("11 members: 0 objection(s) and 0 mandate(s) written, 15 document(s) "
                + "already done (skipped); in " + home.resolve("out"));
        assertThat(home.resolve("out/M0005")).doesNotExist();
        assertThat(ok("campaign", "status", "demo").outLines()).containsExactly(
                "Campaign demo: 11 members (1 withdrew)",
                "Mandates: 7 signed, 4 not signed yet, 4 mandate document(s) written",
                "Signed mandates on record (campaign mandates): 0; signed without a copy on record: 7",
                "linkedin: 11 objection(s) written");

        CliRun twice = run("campaign", "forget", "demo", "M0005");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("optout: no member M0005 in campaign demo (or they already withdrew)\n");
    }

    @Test
    void a_dry_run_counts_and_stores_nothing() throws Exception {
        CliRun dry = ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv",
                "--dry-run");
        assertThat(dry.outLines()).containsExactly("Campaign demo: 12 added, 0 updated, 0 unchanged, 0 invalid",
                "Dry run: nothing was stored.");
        assertThat(column("SELECT COUNT(*) FROM campaigns")).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM campaign_members")).containsExactly("0");
    }

    @Test
    void status_in_json() {
        ok("campaign", "init", "demo", "--association", "association.yaml", "--members", "members.csv");
        CliRun json = ok("campaign", "status", "demo", "--json");
        assertThat(json.out()).contains("\"campaign\" : \"demo\"", "\"members\" : 12", "\"withdrawn\" : 0",
                "\"mandates_signed\" : 7", "\"platforms\" : [ ]");
    }

    private List<String> column(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("t.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
