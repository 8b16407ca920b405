package org.optout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.optout.ExitCode;
import org.optout.letter.LetterWarnings;
import org.optout.sending.DryRun;
import org.optout.sending.SendOptions;
import org.optout.sending.SendPlan;
import org.optout.sending.SendPlanner;
import org.optout.sending.SendService;
import org.optout.sending.SendSummary;
import org.optout.ui.Texts;
import org.optout.catalogue.Channel;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout send}: sends the objections by each platform's channel and records them in the tracker. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send the objection to each platform by its preferred channel (or --via), and record it.",
                "email: sent by SMTP to the DPO, PDF attached (at a terminal, after you confirm; --manual: by "
                        + "your own mail program); form, post, setting: prints the files and what to do, and the "
                        + "command that records it. Ends with a summary: one row per platform."})
final class SendCommand implements Callable<Integer>, RendersLetters {
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
    Channel via;

    @Option(names = "--dry-run", description = "Write the letters and the .eml, show what would be sent; no network, "
            + "no tracker change, no question.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Send without asking (at a terminal, send shows its plan and "
            + "asks before emailing; without a terminal it never asks).")
    boolean yes;

    @Option(names = "--manual", description = "With --via email: write the email (.eml, PDF attached) and a mailto: "
            + "link for your own mail program instead of sending it; record it once sent with the printed command.")
    boolean manual;

    @Mixin
    SigningOptions signing;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LetterOptions.Loaded loaded = options.load(context, target.ids, target.all, LocalDate.now(context.clock()), true,
                objection.choices());
        SendOptions wanted = new SendOptions(loaded.request(), via, manual, resend, ccSelf, acceptUnconfirmed,
                Quoting.dbOption(tracker));
        UnaryOperator<byte[]> seal = signing.seal(context, err, loaded.request().profile(), loaded.language());
        RequestStore store = dryRun ? null : tracker.open(context);
        SendPlan plan = new SendPlanner(loaded.catalogue(), context.clock())
                .plan(wanted, loaded.writer(), seal, store == null ? List.of() : loaded.request().platforms().stream()
                        .flatMap(p -> store.find(RequestQuery.platform(p.id())).stream()).toList());
        Texts texts = context.texts();
        SendScreen screen = new SendScreen(texts, out);
        if (!dryRun && !yes && context.terminal() && plan.emailsToSend() > 0) {
            screen.plan(plan);
            if (!screen.confirm(context.stdin().get(), plan.emailsToSend())) {
                return ExitCode.OK.code();
            }
        }
        SendSummary summary = dryRun ? DryRun.of(plan)
                : new SendService(store, tracker.documents(context), context.clock())
                        .send(plan, () -> smtp.mailer(context));
        screen.report(summary);
        LetterWarnings.of(loaded.request().profile(), loaded.request().profileLabel(), loaded.request().platforms(),
                loaded.language(), loaded.request().choices())
                .forEach(w -> err.println(texts.get("warning.line", texts.get(w))));
        summary.errors().forEach(e -> err.println("optout: " + e.text().map(texts::get).orElse(e.getMessage())));
        return summary.exitCode().code();
    }
}
