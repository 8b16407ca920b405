package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.config.AppPaths;
import picocli.CommandLine;

/**
 * Every command optout prints as advice, along a whole workflow (sending by every channel, events, reminders,
 * complaints, listings, mistakes), is a command line optout accepts exactly as printed: each one is parsed back
 * through the real command line, its placeholders (FILE, YYYY-MM-DD…) filled in.
 */
class PrintedHintsTest {
    /** "optout " then words, up to the end of the line or a character that ends the advice in a sentence. */
    private static final Pattern HINT = Pattern.compile("optout((?: [^\\s;()'\"‘’“”,]+)+)");
    private static final Map<String, String> PLACEHOLDERS = Map.of("FILE", "proof.png", "YYYY-MM-DD", "2026-03-05",
            "DATE", "2026-03-05", "REFERENCE", "REF-1", "CASE-NUMBER", "CASE-1", "TRACKING-NUMBER", "RR1",
            "SENT.eml", "sent.eml", "PLATFORM", "linkedin", "ID", "R1");

    @TempDir
    Path home;

    private final List<String> printed = new ArrayList<>();

    /** The interface language of the run: the commands printed inside its sentences must parse in each. */
    private String language = "en";

    private CliRun at(String date, String... args) {
        CliRun run = CliRun.at(home, date, concat(args, new String[] {"--ui-lang", language}));
        // an iCalendar line folded at 75 octets goes on in the next line, after a space (RFC 5545 3.1)
        printed.add(run.out().startsWith("BEGIN:VCALENDAR") ? run.out().replaceAll("\r?\n ", "") : run.out());
        printed.add(run.err());
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl", "de"})
    void every_printed_command_parses_as_printed(String language) {
        this.language = language;
        TestFiles.sampleProfile(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("proof.png"));
        String[] db = {"--profile", "profile.yaml", "--db", "t.db"};
        at("2026-03-01", concat(new String[] {"send", "--all", "--dry-run", "--out", "dry"}, db));
        at("2026-03-01", concat(new String[] {"send", "chatgpt", "--manual", "--dry-run", "--out", "dry"}, db));
        at("2026-03-01", concat(new String[] {"send", "linkedin", "meta-ai", "--via", "form"}, db));
        at("2026-03-01", concat(new String[] {"send", "x", "--via", "post"}, db));
        at("2026-03-01", concat(new String[] {"send", "claude", "--via", "email", "--manual"}, db));
        at("2026-03-01", concat(new String[] {"send", "gemini", "--via", "setting"}, db));
        at("2026-03-01", "todo", "--db", "t.db");
        at("2026-03-05", "requests", "sent", "R1", "--ref", "LI-1", "--db", "t.db");
        at("2026-03-05", "requests", "sent", "R2", "--ref", "META-1", "--attach", "proof.png", "--db", "t.db");
        at("2026-03-05", "requests", "sent", "R3", "--ref", "RR-1", "--attach", "proof.png", "--db", "t.db");
        at("2026-03-06", "requests", "done", "R5", "--db", "t.db");
        at("2026-03-20", "requests", "refused", "R2", "--attach", "proof.png", "--db", "t.db");
        at("2026-04-09", "todo", "--db", "t.db");
        at("2026-04-09", "overdue", "--db", "t.db");
        at("2026-04-09", concat(new String[] {"remind", "R1"}, db));
        at("2026-04-09", concat(new String[] {"remind", "R1", "--send"}, db));
        at("2026-04-09", concat(new String[] {"complaint", "R2"}, db));
        at("2026-04-09", "todo", "--db", "t.db");
        at("2026-04-09", "calendar", "--db", "t.db");
        at("2026-09-10", "todo", "--db", "t.db");
        // mistakes
        at("2026-04-09", "requests", "show", "R9", "--db", "t.db");
        at("2026-04-09", "letter", "linkedn", "--profile", "profile.yaml");
        at("2026-04-09", "letter", "linkedin", "--profile", "nowhere.yaml");
        at("2026-04-09", "complaint", "R1", "--db", "t.db", "--profile", "profile.yaml");
        at("2026-04-09", "send", "linkedin", "--profile", "profile.yaml", "--db", "t.db");
        // usage errors found while the command line is read end with the help to read
        at("2026-04-09", "send", "linkedin", "--vai", "form");
        at("2026-04-09", "requests", "sned");
        at("2026-04-09", "calendar", "--out", "a", "--out-file", "b");

        Map<String, String> hints = hints();
        assertThat(hints).as("hints found").hasSizeGreaterThan(15);
        List<String> refused = new ArrayList<>();
        hints.forEach((hint, line) -> {
            String problem = parse(hint);
            if (problem != null) {
                refused.add(hint + "  →  " + problem + "\n    printed in: " + line);
            }
        });
        assertThat(refused).as("printed commands that optout refuses").isEmpty();
    }

    /** Each hint printed, and the line it was printed in. */
    private Map<String, String> hints() {
        Map<String, String> hints = new java.util.LinkedHashMap<>();
        for (String line : printed.stream().flatMap(String::lines).toList()) {
            Matcher m = HINT.matcher(line);
            while (m.find()) {
                String hint = m.group(1).strip();
                // a hint ends where the sentence goes on: a dot or colon closing the last word
                hint = hint.replaceAll("[.:]$", "");
                if (!hint.isEmpty() && !hint.startsWith("is ") && Character.isLowerCase(hint.charAt(0))) {
                    hints.putIfAbsent(hint, line.strip());
                }
            }
        }
        return hints;
    }

    /** Why the command line refuses {@code hint}, or null when it parses. */
    private String parse(String hint) {
        List<String> words = new ArrayList<>();
        for (String word : hint.split(" ")) {
            words.add(PLACEHOLDERS.getOrDefault(word, word));
        }
        AppContext context = new AppContext(CliRun.CLOCK, AppPaths.from(Map.of(), home, home), () -> null, Map.of(),
                prompt -> null);
        CommandLine commandLine = Cli.create(context, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        try {
            commandLine.parseArgs(words.toArray(String[]::new));
            return null;
        } catch (CommandLine.ParameterException e) {
            return e.getMessage();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
