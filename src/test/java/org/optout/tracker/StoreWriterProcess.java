package org.optout.tracker;

import org.optout.catalogue.Channel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Run as a separate process by {@link TwoProcessesTest}: writes requests into a shared tracker database. With a
 * fourth argument "hold", it writes one request inside {@link RequestStore#exclusively}, says "holding" and waits
 * there, its transaction open, to be killed.
 */
public final class StoreWriterProcess {
    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcRequestStore store = JdbcRequestStore.open(args[0], Clock.systemUTC());
        int count = Integer.parseInt(args[2]);
        NewRequest request = new NewRequest(args[1], RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null);
        LocalDate day = LocalDate.of(2026, 11, 2);
        if (args.length > 3 && args[3].equals("hold")) {
            store.exclusively(RequestQuery.ALL, (current, writes) -> {
                writes.create(request, List.of(NewEvent.of(EventType.DRAFTED, day), NewEvent.of(EventType.SENT, day)));
                System.out.println("holding");
                System.out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            return;
        }
        for (int i = 0; i < count; i++) {
            TrackedRequest r = store.create(request, NewEvent.of(EventType.DRAFTED, day));
            store.append(r.id(), NewEvent.of(EventType.SENT, day));
        }
    }
}
