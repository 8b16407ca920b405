package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;

/**
 * A guard: a French-speaking user who gets things wrong (a mistyped option or command, a bad value, a broken
 * profile, a missing file, no mail server, a step too early) reads French only. Each failing command's stderr is
 * searched for common English words, outside the commands it quotes (which stay as typed).
 */
class FrenchErrorsTest {
    /** Common English words that no French sentence of optout's holds. */
    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "cannot", "missing", "unknown", "invalid",
            "found", "must", "should", "does", "with", "and", "warning", "error", "refused", "expected", "exists",
            "already", "needs", "give", "command", "see", "mean", "file", "directory", "read", "yet");

    @TempDir
    Path home;

    private final List<String> transcript = new ArrayList<>();

    private void fails(int code, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--ui-lang";
        all[args.length + 1] = "fr";
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", all);
        transcript.add("$ optout " + String.join(" ", all) + "\n" + run.err());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(code);
        assertThat(run.err()).as(run.toString()).isNotEmpty();
        for (String line : run.err().lines().toList()) {
            assertThat(line).startsWith("optout: ");
            // the commands quoted as advice stay as typed; so do file names and option names
            String words = line.replaceAll("optout [^\\n;()«»]*", " ").replace(home.toString(), " ")
                    .replaceAll("--[a-z0-9-]+(=[A-Z]+)?", " ");
            List<String> english = Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(ENGLISH::contains).toList();
            assertThat(english).as("English words in: " + line).isEmpty();
        }
    }

    @Test
    void a_french_user_reads_french_when_things_go_wrong() throws Exception {
        TestFiles.sampleProfile(home);
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // the command line
        fails(2, "send", "linkedin", "--vai", "form");
        fails(2, "sned");
        fails(2, "deadline", "2026-13-01");
        fails(2, "deadline", "2026-01-01", "--months", "5");
        fails(2, "send", "linkedin", "--via", "form", "--via", "post");
        fails(2, "calendar", "--out", "a", "--out-file", "b");
        fails(2, "requests", "show");
        fails(2, "letter", "linkedin", "--profile", "profile.yaml", "--example", "my posts");
        // files
        fails(2, "requests", "import", "nowhere.eml", "--db", "t.db");
        fails(3, "verify", "nowhere.pdf");
        TestFiles.write(home.resolve("bad.yaml"), TestFiles.read(home.resolve("profile.yaml"))
                .replace("country: FR", "country: ZZ"));
        fails(3, "letter", "linkedin", "--profile", "bad.yaml");
        TestFiles.write(home.resolve("extra.yaml"), TestFiles.read(home.resolve("profile.yaml")) + "\nnickname: cam\n");
        fails(3, "letter", "linkedin", "--profile", "extra.yaml");
        TestFiles.write(home.resolve("gone.yaml"), TestFiles.read(home.resolve("profile.yaml"))
                .replace("signature.png", "gone.png"));
        fails(3, "letter", "linkedin", "--profile", "gone.yaml");
        // mail
        fails(3, "send", "chatgpt", "--profile", "profile.yaml", "--db", "t.db");
        fails(4, "send", "chatgpt", "--profile", "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(closed), "--smtp-tls", "none");
        fails(3, "inbox", "--profile", "profile.yaml", "--db", "t.db");
        // steps taken too early
        CliRun sent = CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", "send", "linkedin", "--via", "form",
                "--profile", "profile.yaml", "--db", "t.db", "--ui-lang", "fr");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        fails(3, "requests", "sent", "R2", "--on", "2026-12-01", "--db", "t.db");
        fails(3, "complaint", "R2", "--profile", "profile.yaml", "--db", "t.db");
        fails(2, "requests", "refused", "R2", "--reply", "E9", "--db", "t.db");
        fails(3, "remind", "R2", "--profile", "profile.yaml", "--db", "t.db");
        System.out.println(String.join("\n", transcript));
    }
}
