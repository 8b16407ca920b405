package org.optout.sending;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optout.files.PrivateFiles;
import org.optout.mail.PreparedMail;
import org.optout.catalogue.Channel;
import org.optout.ui.Message;

/** {@code send --dry-run}: what would happen, each email saved as a {@code .dry-run.eml}; no network, no tracker. */
public final class DryRun {
    private DryRun() {
    }

    public static SendSummary of(SendPlan plan) {
        List<SendOutcome> outcomes = new ArrayList<>();
        for (SendPlan.Step step : plan.steps()) {
            String suffix = plan.options().commandSuffix();
            List<Message> lines = new ArrayList<>();
            String next;
            if (step.channel() == Channel.EMAIL && plan.options().manual()) {
                lines.add(Message.of("send.dry_run.manual", step.platform(), step.pdf()));
                next = ManualEmail.command("R?", suffix);
            } else if (step.channel() == Channel.EMAIL) {
                PreparedMail mail = step.mail();
                Path eml = step.pdf().resolveSibling(step.letter().baseName() + ".dry-run.eml");
                PrivateFiles.write(eml, mail.eml());
                lines.add(Message.of("send.dry_run.email", step.platform(), mail.recipients().toString(),
                        step.outgoing().from().getAddress(), mail.subject(),
                        Integer.toString(step.letter().pdf().length), step.pdf(), eml));
                next = "optout send " + step.platform();
            } else {
                lines.addAll(Instructions.of(step, "R?", suffix));
                next = Instructions.recordCommand(step, "R?", suffix);
            }
            outcomes.add(new SendOutcome("R?", step.platform(), step.channel(), SendOutcome.Result.DRY_RUN, lines, next,
                    null));
        }
        return new SendSummary(outcomes);
    }
}
