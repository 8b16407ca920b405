package org.optout.sending;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optout.files.PrivateFiles;
import org.optout.mail.PreparedMail;
import org.optout.catalogue.Channel;
import org.optout.ui.Message;

/**
 * {@code send --dry-run}: what would happen, each email saved as a {@code .dry-run.eml}; no network, no tracker.
 * No request exists yet, so the commands that would record a step name it {@code ID}, and the next command is the
 * real send.
 */
public final class DryRun {
    private DryRun() {
    }

    public static SendSummary of(SendPlan plan) {
        List<SendOutcome> outcomes = new ArrayList<>();
        SendOptions options = plan.options();
        for (SendPlan.Step step : plan.steps()) {
            String suffix = options.commandSuffix();
            List<Message> lines = new ArrayList<>();
            String next = "optout send " + step.platform() + (options.via() == null ? "" : " --via "
                    + options.via().label()) + (options.manual() ? " --manual" : "") + suffix;
            if (step.channel() == Channel.EMAIL && options.manual()) {
                lines.add(Message.of("send.dry_run.manual", step.platform(), step.pdf()));
            } else if (step.channel() == Channel.EMAIL) {
                PreparedMail mail = step.mail();
                Path eml = step.pdf().resolveSibling(step.letter().baseName() + ".dry-run.eml");
                PrivateFiles.write(eml, mail.eml());
                lines.add(Message.of("send.dry_run.email", step.platform(), mail.recipients().toString(),
                        step.outgoing().from().getAddress(), mail.subject(),
                        Integer.toString(step.letter().pdf().length), step.pdf(), eml));
            } else {
                lines.addAll(Instructions.of(step, "ID", suffix));
            }
            outcomes.add(new SendOutcome("-", step.platform(), step.channel(), SendOutcome.Result.DRY_RUN, lines, next,
                    null));
        }
        return new SendSummary(outcomes);
    }
}
