package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.cli.CliRun;
import org.optout.tracker.Backend;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;

/**
 * Two {@code campaign send} processes (JVMs of their own) on one campaign at once, against one SMTP server: every
 * signed member's message goes out exactly once, on SQLite and on PostgreSQL.
 */
class TwoCampaignSendersTest {
    private static final int MEMBERS = 24;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void every_member_gets_exactly_one_message(Backend backend) throws Exception {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), MEMBERS, 2);
        // paced, so that the two runs overlap for several seconds whatever the machine's speed
        List<String> args = SendFixture.sendArgs(tracker.location(), mail.getSmtp().getPort(), "--rate", "300/min");
        Process first = SendFixture.child(home, args, home.resolve("first.log"));
        Process second = SendFixture.child(home, args, home.resolve("second.log"));
        assertThat(first.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String firstLog = Files.readString(home.resolve("first.log"));
        String secondLog = Files.readString(home.resolve("second.log"));
        assertThat(first.exitValue()).as(firstLog).isZero();
        assertThat(second.exitValue()).as(secondLog).isZero();

        List<String> members = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String text = SendFixture.Received.of(message).attachmentTexts().get(0);
            Matcher who = Pattern.compile("Membre Numéro (\\d+)").matcher(text);
            assertThat(who.find()).as(text).isTrue();
            members.add(SendFixture.memberId(Integer.parseInt(who.group(1))));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            expected.add(SendFixture.memberId(i));
        }
        assertThat(members).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sent(firstLog) + sent(secondLog)).isEqualTo(MEMBERS);
        List<TrackedRequest> requests = tracker.open(CliRun.CLOCK).find(RequestQuery.campaign("demo"));
        assertThat(requests).hasSize(MEMBERS).allMatch(r -> r.status() == RequestStatus.SENT);
    }

    private static int sent(String log) {
        Matcher sent = Pattern.compile("\\n  sent\\s+(\\d+)\\n").matcher(log);
        assertThat(sent.find()).as(log).isTrue();
        return Integer.parseInt(sent.group(1));
    }
}
