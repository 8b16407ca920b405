package org.optout.cli;

import org.optout.letter.LetterWarnings;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.optout.ExitCode;
import org.optout.mail.Mailer;
import org.optout.sending.SendService;
import org.optout.sending.Via;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout send}: sends the objections by each platform's channel and records them in the tracker. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send the objection to each platform by its preferred channel (or --via), and record it.",
                "email: sent by SMTP to the DPO, PDF attached; form, post, setting: prints what to do and the "
                        + "command that records it."})
final class SendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    LetterOptions.Target target;

    @Mixin
    LetterOptions options;

    @Mixin
    ObjectionOptions objection;

    @Mixin
    TrackerOption tracker;

    @Mixin
    SmtpOptions smtp;

    @Option(names = "--via", paramLabel = "email|form|post|setting", converter = ViaConverter.class,
            completionCandidates = ViaConverter.class,
            description = "The channel (default: each platform's preferred one).")
    Via via;

    @Option(names = "--dry-run", description = "Write the letters and the .eml, show what would be sent; no network, "
            + "no tracker change.")
    boolean dryRun;

    @Option(names = "--resend", description = "Send again a request whose last delivery is unknown (check your sent "
            + "mail first: the server may have accepted it).")
    boolean resend;

    @Option(names = "--accept-unconfirmed", description = "Use an e-mail address the catalogue marks unconfirmed "
            + "(check it first: the deadline runs only from receipt on a channel the controller uses).")
    boolean acceptUnconfirmed;

    @Option(names = "--cc-self", description = "Send yourself a copy of each email.")
    boolean ccSelf;

    private final AppContext context;

    SendCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions.Loaded loaded = options.load(context, target.ids, target.all, LocalDate.now(context.clock()), true,
                objection.choices());
        SendService.Plan plan = new SendService.Plan(loaded.request(), via, resend, ccSelf, acceptUnconfirmed,
                Quoting.dbOption(tracker));
        Supplier<Mailer> mailer = () -> smtp.mailer(context);
        List<SendService.Outcome> outcomes = dryRun
                ? new SendService(null, null, context.clock()).dryRun(plan, loaded.writer(), loaded.catalogue(), mailer)
                : new SendService(tracker.open(context), tracker.documents(context), context.clock())
                        .send(plan, loaded.writer(), loaded.catalogue(), mailer);
        outcomes.forEach(o -> o.lines().forEach(spec.commandLine().getOut()::println));
        LetterWarnings.of(loaded.request().profile(), loaded.request().profileLabel(), loaded.request().platforms(),
                loaded.language(), loaded.request().choices())
                .forEach(w -> spec.commandLine().getErr().println("optout: warning: " + w));

        List<SendService.Outcome> failed = outcomes.stream().filter(o -> o.error() != null).toList();
        failed.forEach(o -> spec.commandLine().getErr().println("optout: " + o.error().getMessage()));
        return failed.stream().map(o -> o.error().exitCode().code()).max(Integer::compare).orElse(ExitCode.OK.code());
    }
}
