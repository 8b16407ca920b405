package org.optout.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.optout.ExitCode;
import org.optout.pdf.PdfWarmUp;
import org.optout.tracker.EventType;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine;

/** Builds the {@code optout} command line: commands, factory, error handling and the exit-code list. */
public final class Cli {
    /** A {@code requests} subcommand that records one kind of event. */
    private record EventCommand(String name, EventType type, String description) {
    }

    private static final List<EventCommand> EVENTS = List.of(
            new EventCommand("received", EventType.RECEIVED,
                    "Record the date the controller received a request sent by post (the receipt)."),
            new EventCommand("acknowledged", EventType.ACKNOWLEDGED, "Record an acknowledgement of receipt."),
            new EventCommand("extended", EventType.EXTENSION_NOTIFIED, "Record that the controller extended the "
                    + "deadline (art. 12(3)); it counts only if notified within the first month."),
            new EventCommand("identity-requested", EventType.IDENTITY_REQUESTED,
                    "Record a request for proof of identity (art. 12(6)): the clock stops."),
            new EventCommand("identity-provided", EventType.IDENTITY_PROVIDED,
                    "Record that you provided it: the clock runs again."),
            new EventCommand("answered", EventType.ANSWERED, "Record the controller's answer (attach it)."),
            new EventCommand("refused", EventType.REFUSED, "Record a refusal (attach it)."),
            new EventCommand("reminded", EventType.REMINDER_SENT, "Record a reminder you sent yourself."),
            new EventCommand("done", EventType.SETTING_DONE,
                    "Record that you switched the in-app setting off; a re-check is due "
                            + TrackedRequest.RECHECK_MONTHS + " months later."),
            new EventCommand("closed", EventType.CLOSED, "Close a request: optout stops following it."));

    /**
     * The subcommands in the order {@code optout --help} lists them. Building picocli's model of a command costs
     * reflection on its class, so a run builds only the command it runs (see {@link #create(AppContext, PrintWriter,
     * PrintWriter, String...)}).
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private Cli() {
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("platforms", ListPlatformsCommand.class);
        commands.put("guide", ShowGuideCommand.class);
        commands.put("letter", WriteLetterCommand.class);
        commands.put("send", SendCommand.class);
        commands.put("requests", ListRequestsCommand.class);
        commands.put("inbox", ReadInboxCommand.class);
        commands.put("todo", ListTodoCommand.class);
        commands.put("overdue", ListOverdueCommand.class);
        commands.put("remind", RemindCommand.class);
        commands.put("calendar", ExportCalendarCommand.class);
        commands.put("deadline", ComputeDeadlineCommand.class);
        commands.put("complaint", DraftComplaintCommand.class);
        commands.put("dossier", WriteDossierCommand.class);
        commands.put("verify", VerifySignatureCommand.class);
        commands.put("keygen", GenerateKeyCommand.class);
        commands.put("profile", ProfileCommand.class);
        commands.put("campaign", CampaignCommand.class);
        commands.put("catalogue", CatalogueCommand.class);
        commands.put("generate-completion", GenerateCompletionCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The same headings in every command's help (a translation replaces them). */
    private static void headings(CommandLine command) {
        command.getCommandSpec().usageMessage().optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n");
        command.getSubcommands().values().forEach(Cli::headings);
    }

    /** A ready-to-run command line with every command; results go to {@code out}, diagnostics to {@code err}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        return build(context, out, err, COMMANDS.keySet(), List.of());
    }

    /**
     * A command line ready to run {@code args}: when they start with a command's name, only that command is built
     * (it then behaves exactly as in the full command line); otherwise (top-level help or version, a mistyped
     * command, shell completion) every command is.
     */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err, String... args) {
        boolean single = args.length > 0 && COMMANDS.containsKey(args[0]) && !"generate-completion".equals(args[0]);
        if (single && RendersLetters.class.isAssignableFrom(COMMANDS.get(args[0]))) {
            PdfWarmUp.start();
        }
        return build(context, out, err, single ? List.of(args[0]) : COMMANDS.keySet(), List.of(args));
    }

    private static CommandLine build(AppContext given, PrintWriter out, PrintWriter err,
                                     Collection<String> names, List<String> args) {
        AppContext context = given.ui() != null ? given : given.withUi(InterfaceLanguage.resolve(args, given));
        ErrorHandler errors = new ErrorHandler(context.texts());
        CommandFactory factory = new CommandFactory(context);
        CommandLine commandLine = new CommandLine(OptoutCommand.class, factory);
        for (String name : names) {
            commandLine.addSubcommand(name, new CommandLine(COMMANDS.get(name), factory));
        }
        CommandLine requests = commandLine.getSubcommands().get("requests");
        if (requests != null) {
            for (EventCommand event : EVENTS) {
                CommandLine sub = new CommandLine(new RecordEventCommand(context, event.type()), factory);
                sub.getCommandSpec().usageMessage().description(event.description());
                requests.addSubcommand(event.name(), sub);
            }
        }
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeList(codes);
        headings(commandLine);
        ResourceBundle help = context.texts().help();
        if (help != null) {
            commandLine.setResourceBundle(help);
        }
        // set last: picocli applies these to the whole hierarchy as it is when they are set
        return commandLine.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
