package org.optout.cli;

import org.optout.tracker.TrackedRequest;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.sending.ReminderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout remind ID}: the reminder of an overdue request. */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Write a reminder (PDF and text) for an overdue request: it cites the original request and "
                + "its date, art. 12(3), the passed deadline, a further " + TrackedRequest.REMINDER_GRACE_DAYS
                + " days, and the complaint to come.",
                "With --send, email it to the DPO and record it; prints the files written."})
final class RemindCommand implements Callable<Integer>, RendersLetters {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "The overdue request, e.g. R3.")
    String id;

    @Mixin
    LetterOptions options;

    @Mixin
    TrackerOption tracker;

    @Mixin
    SmtpOptions smtp;

    @Mixin
    SigningOptions signing;

    @Option(names = "--send", description = "Email the reminder to the platform's DPO address and record it.")
    boolean send;

    @Option(names = "--resend", description = "With --send: send it although the last reminder's delivery is "
            + "unknown (check your sent mail first: the server may have accepted it).")
    boolean resend;

    @Option(names = "--force", description = "Write a reminder even if the request is not overdue.")
    boolean force;

    private final AppContext context;

    RemindCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions.Loaded loaded = options.load(context, java.util.List.of(), true, LocalDate.now(context.clock()),
                true);
        ReminderService.Result result = new ReminderService(tracker.open(context), tracker.documents(context),
                context.clock()).remind(id, loaded.writer(), loaded.request(), loaded.catalogue(), force, send,
                resend, () -> smtp.mailer(context), signing.seal(context, spec.commandLine().getErr(),
                loaded.request().profile(), loaded.language()), Quoting.dbOption(tracker));
        result.files().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getErr().println(context.texts().get(result.line()));
        return 0;
    }
}
