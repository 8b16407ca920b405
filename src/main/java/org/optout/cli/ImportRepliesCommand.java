package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.inbox.ReplyFiles;
import org.optout.inbox.ReplyIntake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout requests import FILE…}: what {@code inbox} does, for saved {@code .eml} files or an mbox. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Match saved replies (.eml files, or an mbox exported from your mail program) to your "
                + "requests and keep them as evidence, as 'optout inbox' does with a mailbox.")
final class ImportRepliesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReplyOptions replies;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The .eml or mbox files.")
    List<Path> files = new ArrayList<>();

    private final AppContext context;

    ImportRepliesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ReplyIntake intake = replies.intake(context, replies.tracker.open(context));
        PrintWriter out = spec.commandLine().getOut();
        String db = Quoting.dbOption(replies.tracker);
        List<ReplyIntake.Processed> all = ReplyFiles.take(intake, files.stream().map(context.paths()::resolve)
                .toList(), p -> {
                    if (!replies.json) {
                        out.println(InboxOutput.line(p, context.texts(), db, replies.dryRun));
                        out.flush();
                    }
                });
        InboxOutput.print(all, context.texts(), replies.json, replies.dryRun, db, out);
        return 0;
    }
}
