package org.optout.cli;

import org.optout.ui.Texts;
import org.optout.catalogue.Channel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.optout.sending.SendOutcome;
import org.optout.sending.SendPlan;
import org.optout.sending.SendSummary;

/** What {@code send} shows, in the interface language: the plan, the question, and the summary table. */
final class SendScreen {
    private final Texts texts;
    private final PrintWriter out;

    SendScreen(Texts texts, PrintWriter out) {
        this.texts = texts;
        this.out = out;
    }

    /** One line per platform: platform, channel, where it goes or what the user does, and the file. */
    void plan(SendPlan plan) {
        out.println(texts.get("send.plan.heading"));
        List<List<String>> rows = new ArrayList<>();
        for (SendPlan.Step step : plan.steps()) {
            rows.add(List.of(step.platform(), texts.word(step.channel()), what(plan, step)));
        }
        table(rows);
    }

    private String what(SendPlan plan, SendPlan.Step step) {
        if (step.alreadySent() != null) {
            return texts.get("send.plan.already", step.alreadySent());
        }
        return switch (step.channel()) {
            case EMAIL -> texts.get(plan.options().manual() ? "send.plan.manual" : "send.plan.email",
                    step.mail().recipients().toString().replaceAll("[\\[\\]]", ""), step.pdf());
            case FORM -> texts.get("send.plan.form", step.text());
            case POST -> texts.get("send.plan.post", step.pdf(), step.addressFile());
            case SETTING -> texts.get("send.plan.setting", step.platform());
        };
    }

    /**
     * Asks whether to send {@code emails} emails, and reads the answer: yes in English or in the interface
     * language (o/oui, j/ja); anything else, or no answer, is no.
     */
    boolean confirm(BufferedReader in, long emails) {
        out.print(texts.get("send.confirm.question", emails) + " ");
        out.flush();
        String answer;
        try {
            answer = in.readLine();
        } catch (IOException ignored) {
            answer = null; // the terminal is gone: nobody said yes
        }
        boolean yes = answer != null && yesWords().contains(answer.strip().toLowerCase(Locale.ROOT));
        if (!yes) {
            out.println(texts.get("send.confirm.declined"));
        }
        return yes;
    }

    private Set<String> yesWords() {
        return switch (texts.language()) {
            case FR -> Set.of("y", "yes", "o", "oui");
            case NL, DE -> Set.of("y", "yes", "j", "ja");
            case EN -> Set.of("y", "yes");
        };
    }

    /** Each platform's lines, then the summary table: one row per platform, with the command to run next. */
    void report(SendSummary summary) {
        summary.outcomes().forEach(o -> o.lines().forEach(line -> out.println(texts.get(line))));
        out.println();
        out.println(texts.get("send.summary.heading"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.get("send.summary.platform"), texts.get("send.summary.channel"),
                texts.get("send.summary.outcome"), texts.get("send.summary.request"), texts.get("send.summary.next")));
        for (SendOutcome o : summary.outcomes()) {
            rows.add(List.of(o.platform(), texts.word(o.channel()),
                    texts.get("send.result." + o.result().name().toLowerCase(Locale.ROOT)),
                    o.requestId() == null ? "" : o.requestId(), o.next()));
        }
        table(rows);
    }

    /** Prints {@code rows} in columns, the last one unpadded. */
    private void table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns - 1; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
            out.println(line.append(row.get(columns - 1)).toString().stripTrailing());
        }
    }
}
