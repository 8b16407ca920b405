package org.optout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.optout.followup.InertText;
import org.optout.inbox.ReplyClass;
import org.optout.inbox.ReplyIntake.Processed;
import org.optout.inbox.ReplyMatcher;
import org.optout.tracker.SeenMessage.Outcome;
import org.optout.ui.Texts;

/**
 * How {@code inbox} and {@code requests import} print what they did: one line per message (request, class,
 * confidence, next command) and a summary, or JSON. Text from the message is printed {@linkplain InertText inert}.
 */
final class InboxOutput {
    /** One message in {@code --json}. */
    record Json(String origin, String outcome, String sender, String subject, String request, String confidence,
                String why, String replyClass, String language, String caseNumber, String replyEvent,
                boolean acknowledged, LocalDate date, String next) {
    }

    private InboxOutput() {
    }

    /** The command that records what reply {@code p} is, exactly as it works; null when there is none to run. */
    static String next(Processed p, String dbOption) {
        if (p.match() == null || p.match().request() == null) {
            return null;
        }
        String id = p.match().request().shortId();
        if (p.replyEvent() == null || p.acknowledged()) {
            return null;
        }
        return p.classification().replyClass().command()
                .map(c -> "optout requests " + c + " " + id + " --reply E" + p.replyEvent() + dbOption)
                .orElse("optout requests show " + id + dbOption);
    }

    /** The line of one message. */
    static String line(Processed p, Texts texts, String dbOption, boolean dryRun) {
        String from = " — " + InertText.of(String.valueOf(p.sender())) + " «" + InertText.of(String.valueOf(
                p.subject())) + "»";
        if (p.outcome() != Outcome.MATCHED && p.outcome() != Outcome.UNMATCHED) {
            return p.origin().label() + ": " + texts.get("inbox.skipped", p.outcome())
                    + (p.sender() == null ? "" : from);
        }
        ReplyClass c = p.classification().replyClass();
        String what = texts.word(c) + (p.classification().caseNumber() == null ? ""
                : " " + InertText.of(p.classification().caseNumber())) + " (" + texts.word(p.match().confidence()) + ")";
        if (p.match().request() == null) {
            return "-: " + what + " " + texts.get("inbox.unmatched", p.match().why()) + from;
        }
        String head = p.match().request().shortId() + " " + InertText.of(p.match().request().platform())
                + (p.replyEvent() == null ? "" : " E" + p.replyEvent()) + ": " + what;
        if (dryRun) {
            return head + from;
        }
        if (p.acknowledged()) {
            return head + ": " + texts.get("inbox.recorded", InertText.of(p.classification().caseNumber())) + from;
        }
        return head + from + "\n    " + texts.get("inbox.next") + texts.get("todo.colon") + " " + next(p, dbOption);
    }

    static void print(List<Processed> all, Texts texts, boolean json, boolean dryRun, String dbOption,
                      PrintWriter out) {
        if (json) {
            out.println(JsonOutput.of(all.stream().map(p -> json(p, dbOption)).toList()));
            out.flush();
            return;
        }
        long matched = all.stream().filter(p -> p.outcome() == Outcome.MATCHED).count();
        long automatic = all.stream().filter(Processed::acknowledged).count();
        long unmatched = all.stream().filter(p -> p.outcome() == Outcome.UNMATCHED).count();
        out.println(texts.get("inbox.summary", all.size(), matched, dryRun ? 0 : automatic, unmatched,
                all.size() - matched - unmatched) + (dryRun ? "; " + texts.get("inbox.dry_run") : ""));
        out.flush();
    }

    private static Json json(Processed p, String dbOption) {
        ReplyMatcher.Match m = p.match();
        return new Json(p.origin().label(), p.outcome().label(), p.sender(), p.subject(),
                m == null || m.request() == null ? null : m.request().shortId(), m == null ? null : m.confidence().key(),
                m == null ? null : m.why().english(), p.classification() == null ? null : p.classification().replyClass().key(),
                p.classification() == null || p.classification().language() == null ? null
                        : p.classification().language().code(),
                p.classification() == null ? null : p.classification().caseNumber(),
                p.replyEvent() == null ? null : "E" + p.replyEvent(), p.acknowledged(), p.date(), next(p, dbOption));
    }
}
