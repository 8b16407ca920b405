package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.tracker.Backend;
import org.optout.tracker.campaign.JdbcCampaignStore;

/**
 * A member who leaves the campaign (another volunteer runs {@code campaign forget}) after {@code campaign mandates}
 * has checked them and before it records their mandate: the file is refused as for a member not in the campaign,
 * nothing is recorded, and the copy of the signed mandate just stored is erased.
 */
class MandateRaceTest {
    @TempDir
    Path home;

    @Test
    void a_member_who_leaves_between_the_check_and_the_record_leaves_no_mandate_and_no_copy() throws Exception {
        Backend.Tracker tracker = Backend.SQLITE.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        byte[] pdf = MandateFiles.pdf(7);
        MandateFiles.write(home.resolve("signed/M001.pdf"), pdf);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        CampaignStore real = JdbcCampaignStore.open(tracker.location(), clock, Map.of());
        // the other volunteer's forget runs just before this process records the mandate
        CampaignStore racing = (CampaignStore) Proxy.newProxyInstance(CampaignStore.class.getClassLoader(),
                new Class<?>[] {CampaignStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("recordMandate")) {
                        assertThat(real.forget("demo", "M001", LocalDate.of(2026, 11, 22))).isPresent();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<CampaignMandates.Refusal> refusals = new ArrayList<>();

        CampaignMandates.Result result = new CampaignMandates(racing, tracker.documents(clock)).run("demo",
                home.resolve("signed"), "signed", null, LocalDate.of(2026, 11, 22), false, refusals::add);

        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.count(CampaignStore.Recorded.RECORDED)).isZero();
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.file()).isEqualTo("M001.pdf");
            assertThat(refusal.why().key()).isEqualTo("mandates.refused.unknown");
        });
        try (Connection c = tracker.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM campaign_mandates")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
        String sha256 = MandateFiles.sha256(pdf);
        try (var files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.startsWith(home.resolve("signed")))
                    .filter(f -> f.getFileName().toString().contains(sha256) || sameBytes(f, pdf)))
                    .as("copies of the signed mandate outside the folder it came from").isEmpty();
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
