package org.optout.sending;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optout.files.PrivateFiles;
import org.optout.mail.PreparedMail;
import org.optout.catalogue.Channel;

/** {@code send --dry-run}: what would happen, each email saved as a {@code .dry-run.eml}; no network, no tracker. */
public final class DryRun {
    private DryRun() {
    }

    public static SendSummary of(SendPlan plan) {
        List<SendOutcome> outcomes = new ArrayList<>();
        for (SendPlan.Step step : plan.steps()) {
            String suffix = plan.options().commandSuffix();
            List<String> lines = new ArrayList<>();
            String next;
            if (step.channel() == Channel.EMAIL && plan.options().manual()) {
                lines.add("dry run: " + step.platform() + " by email, for your own mail program: " + step.pdf());
                next = ManualEmail.command("R?", suffix);
            } else if (step.channel() == Channel.EMAIL) {
                PreparedMail mail = step.mail();
                Path eml = step.pdf().resolveSibling(step.letter().baseName() + ".dry-run.eml");
                PrivateFiles.write(eml, mail.eml());
                lines.add("dry run: " + step.platform() + " by email: would email " + mail.recipients() + " from "
                        + step.outgoing().from().getAddress() + ", subject \"" + mail.subject() + "\", "
                        + step.letter().pdf().length + "-byte PDF " + step.pdf() + " attached; message saved as " + eml);
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
