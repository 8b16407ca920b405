package org.optout.cli;

import org.optout.ui.Texts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.optout.followup.Todo;

/** How {@code todo} and {@code overdue} print their items: in words of the interface language, or as JSON. */
final class TodoOutput {
    /**
     * One item in {@code --json}: stable keys, documented in the README.
     *
     * @param state the state's code ({@link Todo.State#key()})
     * @param text the state in words, in the interface language
     * @param next the command to run next, or null
     */
    record Json(String id, String platform, String state, String text, LocalDate due, String next,
                List<JsonStep> steps) {
    }

    /** A command and its role: next, or, then. */
    record JsonStep(String role, String command) {
    }

    private TodoOutput() {
    }

    static void print(List<Todo.Item> items, Texts texts, boolean json, String none, PrintWriter out) {
        if (json) {
            out.println(JsonOutput.of(items.stream().map(i -> new Json(i.id(), i.platform(), i.state().key(),
                    text(i, texts), i.due(), i.next().orElse(null), i.steps().stream()
                    .map(s -> new JsonStep(s.role().key(), s.command())).toList())).toList()));
        } else if (items.isEmpty()) {
            out.println(none);
        } else {
            int width = items.stream().flatMap(i -> i.steps().stream())
                    .mapToInt(s -> label(s, texts).length()).max().orElse(0);
            for (Todo.Item item : items) {
                out.println(texts.get("todo.line", item.id(), item.platform(), text(item, texts)));
                for (Todo.Step step : item.steps()) {
                    out.println("    " + pad(label(step, texts), width) + " " + step.command());
                }
            }
        }
        out.flush();
    }

    private static String label(Todo.Step step, Texts texts) {
        return texts.word(step.role()) + texts.get("todo.colon");
    }

    static String text(Todo.Item item, Texts texts) {
        return texts.get("todo." + item.state().key(), item.facts().toArray());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
