package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.cli.CliRun;
import org.optout.tracker.Backend;
import org.optout.tracker.campaign.JdbcCampaignStore;

/** The signed mandates of a campaign in the tracker, on both databases, as {@code campaign mandates} writes them. */
class SignedMandateStoreTest {
    @TempDir
    Path home;

    private static SignedMandate mandate(String member, char hash, String day) {
        return new SignedMandate(member, String.valueOf(hash).repeat(64), 1234, "image/png", LocalDate.parse(day));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void recorded_replaced_unchanged_and_never_for_a_member_who_withdrew(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        JdbcCampaignStore store = JdbcCampaignStore.open(tracker.location(), CliRun.CLOCK);
        Member m1 = store.member("demo", "M001").orElseThrow();

        assertThat(store.recordMandate("demo", mandate("M001", 'a', "2026-10-01"), m1.rowHash()))
                .hasValue(CampaignStore.Recorded.RECORDED);
        assertThat(store.recordMandate("demo", mandate("M001", 'a', "2026-10-01"), m1.rowHash()))
                .hasValue(CampaignStore.Recorded.UNCHANGED);
        assertThat(store.recordMandate("demo", mandate("M001", 'b', "2026-10-01"), m1.rowHash()))
                .hasValue(CampaignStore.Recorded.REPLACED);
        assertThat(store.signedMandates("demo", List.of("M001"))).containsValue(mandate("M001", 'b', "2026-10-01"));

        assertThat(store.forget("demo", "M002", LocalDate.parse("2026-11-22"))).isPresent();
        assertThat(store.recordMandate("demo", mandate("M002", 'c', "2026-10-01"), "x")).isEmpty();
        assertThat(store.signedMandates("demo", List.of("M002"))).isEmpty();
        assertThat(store.member("demo", "M002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void mandates_are_looked_up_for_any_number_of_members(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(home);
        SendFixture.init(home, tracker.location(), 2, 0);
        JdbcCampaignStore store = JdbcCampaignStore.open(tracker.location(), CliRun.CLOCK);
        for (String id : List.of("M001", "M002")) {
            Member m = store.member("demo", id).orElseThrow();
            store.recordMandate("demo", mandate(id, id.equals("M001") ? 'a' : 'b', "2026-10-01"), m.rowHash());
        }
        // more ids than one query takes: M001 first, M002 after the first 500
        List<String> ids = new ArrayList<>(List.of("M001"));
        for (int i = 0; i < 600; i++) {
            ids.add("X" + i);
        }
        ids.add("M002");

        assertThat(store.signedMandates("demo", ids)).containsOnlyKeys("M001", "M002");
        assertThat(store.signedMandates("demo", List.of())).isEmpty();
        assertThat(store.signedMandates("other", List.of("M001"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_member_fed_twice_in_one_import_is_added_then_updated(Backend backend) {
        Backend.Tracker tracker = backend.newTracker(home);
        JdbcCampaignStore store = JdbcCampaignStore.open(tracker.location(), CliRun.CLOCK);
        Member first = new Member("M1", "A", "a@example.org", List.of("S"), "BE", null, null, null,
                java.util.Map.of("linkedin", "x"));
        Member second = new Member("M1", "A", "a@example.net", List.of("S"), "BE", null, null, null,
                java.util.Map.of("claude", "y"));

        CampaignStore.ImportCounts counts = store.importMembers("demo", "{}", "0".repeat(64), sink -> {
            sink.accept(first);
            sink.accept(second);
            return true;
        });

        assertThat(counts).isEqualTo(new CampaignStore.ImportCounts(1, 1, 0, 0));
        assertThat(store.member("demo", "M1")).hasValueSatisfying(m -> {
            assertThat(m.email()).isEqualTo("a@example.net");
            assertThat(m.accounts()).containsExactly(java.util.Map.entry("claude", "y"));
        });
    }
}
