package org.optout.campaign;

import org.optout.ui.Message;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.cli.CliRun;
import org.optout.tracker.Backend;
import org.optout.tracker.DocumentStore;

/**
 * {@code campaign forget} and the signed mandate on record: erased, bytes and record, for a member nothing was sent
 * for; kept, and listed, for a member whose objection was sent under it (GDPR art. 17(3)(e)).
 */
class CampaignForgetMandateTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private static final byte[] PDF = MandateFiles.pdf(1);
    private static final byte[] PNG = MandateFiles.image("png", 9);

    private static List<String> recorded(Backend.Tracker tracker) throws Exception {
        List<String> members = new ArrayList<>();
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT member_id FROM campaign_mandates ORDER BY member_id")) {
            while (rs.next()) {
                members.add(rs.getString(1));
            }
        }
        return members;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_copy_is_erased_unless_a_request_was_made_under_it(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        String db = tracker.location();
        SendFixture.init(home, db, 2, 0);
        MandateFiles.write(home.resolve("signed/M001.pdf"), PDF);
        MandateFiles.write(home.resolve("signed/M002.png"), PNG);
        assertThat(CliRun.run(home, "campaign", "mandates", "demo", "--from", "signed", "--db", db).exitCode())
                .isZero();
        DocumentStore documents = tracker.documents(CliRun.CLOCK);
        String pdf = MandateFiles.sha256(PDF);
        String png = MandateFiles.sha256(PNG);

        CliRun forget = CliRun.run(home, "campaign", "forget", "demo", "M001", "--db", db, "--ui-lang", "en");

        assertThat(forget.exitCode()).as(forget.toString()).isZero();
        assertThat(forget.out()).contains("Erased: the signed mandate on record (sha256 " + pdf + ").",
                "Kept for legal claims already made (art. 17(3)(e) GDPR): nothing");
        assertThat(documents.problem(pdf, PDF.length).map(Message::english)).hasValue("missing");
        assertThat(recorded(tracker)).containsExactly("M002");

        CliRun sent = CliRun.run(home, SendFixture.sendArgs(db, mail.getSmtp().getPort(), "--yes")
                .toArray(String[]::new));
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);

        CliRun withdraws = CliRun.run(home, "campaign", "forget", "demo", "M002", "--db", db, "--ui-lang", "en");

        assertThat(withdraws.exitCode()).as(withdraws.toString()).isZero();
        assertThat(withdraws.out()).contains("Kept for legal claims already made (art. 17(3)(e) GDPR): the signed "
                + "mandate on record (sha256 " + png + "), under which the requests below were made.")
                .doesNotContain("Erased: the signed mandate");
        assertThat(documents.problem(png, PNG.length)).isEmpty();
        assertThat(recorded(tracker)).containsExactly("M002");
    }
}
