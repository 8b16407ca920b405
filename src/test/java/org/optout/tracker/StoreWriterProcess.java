package org.optout.tracker;

import org.optout.catalogue.Channel;
import java.time.Clock;
import java.time.LocalDate;

/** Run as a separate process by {@link TwoProcessesTest}: writes requests into a shared tracker database. */
public final class StoreWriterProcess {
    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        JdbcRequestStore store = JdbcRequestStore.open(args[0], Clock.systemUTC());
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            TrackedRequest r = store.create(new NewRequest(args[1], RequestKind.OBJECTION, "fr", Channel.EMAIL,
                    "IE", "FR", null), NewEvent.of(EventType.DRAFTED, LocalDate.of(2026, 11, 2)));
            store.append(r.id(), NewEvent.of(EventType.SENT, LocalDate.of(2026, 11, 2)));
        }
    }
}
