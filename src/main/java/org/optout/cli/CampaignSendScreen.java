package org.optout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.optout.campaign.CampaignSend;
import org.optout.campaign.Progress;
import org.optout.campaign.SendTally;
import org.optout.campaign.SendTally.Outcome;
import org.optout.ui.Texts;

/**
 * What {@code campaign send} shows, in the interface language: what it will send (before the question), a line on
 * stderr for each member whose message failed or may have arrived, and the summary table with the next command.
 */
final class CampaignSendScreen {
    private final Texts texts;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String command;

    /** @param command this command as typed again, to resume */
    CampaignSendScreen(Texts texts, PrintWriter out, PrintWriter err, String command) {
        this.texts = texts;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    /** @param requireSignedCopy whether members without a signed copy on record are skipped */
    void preview(String campaign, String platform, CampaignSend.Preview preview, boolean requireSignedCopy) {
        out.println(texts.get(requireSignedCopy ? "campaign.send.preview_required" : "campaign.send.preview", campaign,
                platform, Long.toString(preview.signed()), Long.toString(preview.alreadySent()),
                Long.toString(preview.toSend())));
        out.println(texts.get(requireSignedCopy ? "campaign.send.preview_copies_required"
                : "campaign.send.preview_copies", Long.toString(preview.signedCopies())));
        out.println(texts.get("campaign.send.preview_from", preview.from().toUnicodeString()));
        out.println(texts.get("campaign.send.preview_to", preview.to().getAddress()));
        if (preview.sample() == null) {
            out.println(texts.get("campaign.send.nothing"));
        } else {
            out.println(texts.get("campaign.send.preview_sample", preview.sample().subject(),
                    String.join(", ", preview.sample().attachments())));
        }
        out.flush();
    }

    /** Advances {@code progress} for each member, and names on stderr each one not sent for a reason to act on. */
    CampaignSend.Listener listener(Progress progress) {
        return (memberId, requestId, outcome, error) -> {
            progress.advance();
            if (error != null) {
                synchronized (err) {
                    err.println("optout: " + texts.get(outcome == Outcome.UNKNOWN ? "campaign.send.member_unknown"
                            : "campaign.send.member_failed", memberId, requestId, error.getMessage()));
                    err.flush();
                }
            }
        };
    }

    /** The summary table, then the command to run next. */
    void summary(String campaign, String platform, SendTally tally) {
        if (tally.count(Outcome.ALREADY_SENT) > 0) {
            out.println(texts.get("campaign.send.already", Integer.toString(tally.count(Outcome.ALREADY_SENT))));
        }
        if (tally.unreachable() != null) {
            err.println("optout: " + tally.unreachable().getMessage());
            err.flush();
        }
        if (tally.stopped()) {
            out.println(texts.get("campaign.send.stopped"));
        }
        out.println();
        out.println(texts.get("campaign.send.summary", campaign, platform));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("campaign.send.row_sent", tally.count(Outcome.SENT)));
        rows.add(row("campaign.send.row_already", tally.count(Outcome.ALREADY_SENT)));
        rows.add(row("campaign.send.row_other", tally.count(Outcome.OTHER_SENDER)));
        rows.add(row("campaign.send.row_without_copy", tally.sentWithoutCopy()));
        rows.add(row("campaign.send.row_no_mandate", tally.noMandate()));
        if (tally.count(Outcome.NO_SIGNED_COPY) > 0) {
            rows.add(row("campaign.send.row_no_copy", tally.count(Outcome.NO_SIGNED_COPY)));
        }
        rows.add(row("campaign.send.row_withdrawn", tally.withdrawn()));
        rows.add(row("campaign.send.row_failed", tally.count(Outcome.FAILED)));
        rows.add(row("campaign.send.row_unknown", tally.count(Outcome.UNKNOWN)));
        int width = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        for (List<String> r : rows) {
            out.println("  " + r.get(0) + " ".repeat(width - r.get(0).length() + 2) + r.get(1));
        }
        int noCopy = tally.count(Outcome.NO_SIGNED_COPY);
        if (noCopy > 0) {
            out.println(texts.get("campaign.send.no_copy", String.join(", ", tally.noCopy())
                    + (noCopy > tally.noCopy().size() ? " (+" + (noCopy - tally.noCopy().size()) + ")" : ""),
                    "optout campaign mandates " + campaign + " --from DIR" + dbOption()));
        }
        out.println(texts.get("campaign.send.next", next(campaign, tally)));
        out.flush();
    }

    private List<String> row(String key, long count) {
        return List.of(texts.get(key), Long.toString(count));
    }

    private String next(String campaign, SendTally tally) {
        if (tally.stopped() || tally.count(Outcome.FAILED) > 0 || tally.count(Outcome.OTHER_SENDER) > 0) {
            return command;
        }
        if (tally.count(Outcome.UNKNOWN) > 0) {
            return texts.get("campaign.send.next_unknown", command + " --resend");
        }
        return "optout campaign status " + campaign + dbOption();
    }

    /** The {@code --db} option of the command as typed, or "". */
    private String dbOption() {
        return command.replaceFirst(".*?(?=( --db |$))", "");
    }
}
