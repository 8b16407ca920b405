package org.optout.inbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.optout.mail.ImapMailbox;
import org.optout.tracker.SeenMessage;

/**
 * {@code optout inbox}: reads the new messages of the user's mailbox (read-only) into a {@link ReplyIntake}. A
 * folder is read from the UID after the last one processed with its current UIDVALIDITY; when the UIDVALIDITY
 * changed, the folder is read again from the start and the messages already seen are recognised by their Message-ID.
 */
public final class InboxReader {
    private final ImapMailbox mailbox;
    private final String account;

    public InboxReader(ImapMailbox mailbox, String account) {
        this.mailbox = mailbox;
        this.account = account;
    }

    /**
     * Reads the mailbox; gives what was done with each message to {@code each} as it goes, and returns them all.
     *
     * @param seen what the tracker had seen before this run
     * @param since only the messages the server received on or after this day, or null for all new ones
     */
    public List<ReplyIntake.Processed> read(ReplyIntake intake, List<SeenMessage> seen, LocalDate since, ZoneId zone,
                                            Consumer<ReplyIntake.Processed> each) {
        Map<String, Long> last = new HashMap<>();
        Set<String> uids = new HashSet<>();
        for (SeenMessage m : seen) {
            if (account.equals(m.account()) && m.uid() != null) {
                last.merge(m.folder() + "\n" + m.uidValidity(), m.uid(), Math::max);
                uids.add(m.folder() + "\n" + m.uidValidity() + "\n" + m.uid());
            }
        }
        List<ReplyIntake.Processed> all = new ArrayList<>();
        mailbox.read(since, zone, new ImapMailbox.Reader() {
            @Override
            public long lastUid(ImapMailbox.FolderState folder) {
                return last.getOrDefault(folder.folder() + "\n" + folder.uidValidity(), 0L);
            }

            @Override
            public void accept(ImapMailbox.RawMessage message) {
                String key = message.folder().folder() + "\n" + message.folder().uidValidity() + "\n" + message.uid();
                if (!uids.add(key)) {
                    return; // seen before (read again because of --since)
                }
                ReplyIntake.Origin origin = new ReplyIntake.Origin(account, message.folder().folder(),
                        message.folder().uidValidity(), message.uid(), message.folder().folder() + " UID "
                        + message.uid());
                ReplyIntake.Processed processed = intake.take(origin, message.raw());
                all.add(processed);
                each.accept(processed);
            }
        });
        intake.finish();
        return all;
    }
}
