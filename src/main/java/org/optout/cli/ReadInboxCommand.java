package org.optout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.inbox.InboxReader;
import org.optout.inbox.ReplyIntake;
import org.optout.mail.ImapMailbox;
import org.optout.mail.ImapSettings;
import org.optout.mail.MailSettingsLoader;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.RequestStore;
import org.optout.ui.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout inbox}: reads the replies in the user's mailbox (read-only), matches, keeps and classifies them. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"Read the new messages of your mailbox (config.yaml imap:) and keep the controllers' replies "
                + "as evidence on their requests; each is classified as a suggestion, with the command that records "
                + "it. Only a certain acknowledgement with a case number is recorded by itself.",
                "The mailbox is opened read-only: nothing is deleted, moved or flagged, not even marked as read. "
                        + "The password comes from OPTOUT_IMAP_PASSWORD or a prompt."})
final class ReadInboxCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "OPTOUT_IMAP_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    ReplyOptions replies;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Also look again at the messages received since that day (those seen before are skipped).")
    LocalDate since;

    private final AppContext context;

    ReadInboxCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ImapSettings settings = new MailSettingsLoader(new YamlDocuments())
                .loadImap(context.paths().configHome().resolve("config.yaml"));
        RequestStore store = replies.tracker.open(context);
        ReplyIntake intake = replies.intake(context, store);
        PrintWriter out = spec.commandLine().getOut();
        String db = Quoting.dbOption(replies.tracker);
        List<ReplyIntake.Processed> all = new InboxReader(new ImapMailbox(settings, () -> password(settings)),
                settings.account()).read(intake, store.seenMessages(), since, context.clock().getZone(), p -> {
                    if (!replies.json) {
                        out.println(InboxOutput.line(p, context.texts(), db, replies.dryRun));
                        out.flush();
                    }
                });
        InboxOutput.print(all, context.texts(), replies.json, replies.dryRun, db, out);
        return 0;
    }

    private char[] password(ImapSettings settings) {
        String fromEnv = context.env().get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.passwords().ask(context.texts().get("ask.imap_password", settings.account()));
        if (typed == null) {
            throw AppException.invalidData(Message.of("error.no_terminal", "IMAP", PASSWORD_VARIABLE));
        }
        return typed;
    }
}
