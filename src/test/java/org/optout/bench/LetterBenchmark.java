package org.optout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * The letter benchmark, run by {@code mvn -B -ntp -Pbench verify} (not a test: it asserts nothing and prints
 * figures). Cold: wall time of {@code java -jar target/optout.jar letter linkedin} in a new JVM each run.
 * Warm: letters per second written by one JVM (PDF rendered, checked and written), after a warm-up of 220
 * letters; it runs on the shipped jar's class path (see the bench profile in pom.xml).
 */
public final class LetterBenchmark {
    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int coldRuns = Integer.getInteger("bench.cold.runs", 21);
        int warmLetters = Integer.getInteger("bench.warm.letters", 1000);
        Path work = Files.createTempDirectory("optout-bench");
        cold(coldRuns, work);
        warm(warmLetters, work);
    }

    private static void cold(int runs, Path work) throws IOException, InterruptedException {
        Path jar = Path.of("target/optout.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seconds.add(coldRun(jar, work, Map.of()));
        }
        report("cold: java -jar target/optout.jar letter linkedin", seconds);
    }

    private static void report(String what, List<Double> seconds) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int runs = sorted.size();
        System.out.printf("%s, %d runs: median %.3f s (min %.3f s, max %.3f s)%n", what, runs, sorted.get(runs / 2),
                sorted.get(0), sorted.get(runs - 1));
    }

    private static double coldRun(Path jar, Path work, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "letter", "linkedin",
                "--profile", Path.of("samples/profile.yaml").toAbsolutePath().toString(),
                "--out", work.resolve("cold").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        long end = System.nanoTime();
        if (code != 0) {
            throw new IllegalStateException("optout letter exited with " + code);
        }
        return (end - start) / 1e9;
    }

    private static void warm(int letters, Path work) {
        YamlDocuments documents = new YamlDocuments();
        Profile profile = new ProfileLoader(documents).load(Path.of("samples/profile.yaml"));
        Catalogue catalogue = new CatalogueLoader(documents, Bundled.catalogue()).load(null);
        LetterWriter writer = new LetterWriter(new LetterTemplates(null), new PdfRenderer());
        List<Platform> platforms = catalogue.platforms();
        Path out = work.resolve("warm");
        // warm-up: 220 letters, enough for the optimising compiler to have compiled the hot paths on 2 cores
        write(writer, profile, platforms, 220, out);
        long start = System.nanoTime();
        write(writer, profile, platforms, letters, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("warm: %d letters (11 platforms x fr/en, PDF/A rendered, checked, written) in %.2f s: "
                + "%.1f letters/s%n", letters, seconds, letters / seconds);
    }

    /** Writes {@code count} letters the way {@code letter --all} does: one call per batch of all platforms. */
    private static void write(LetterWriter writer, Profile profile, List<Platform> platforms, int count, Path out) {
        for (int done = 0, batch = 0; done < count; batch++) {
            List<Platform> some = platforms.subList(0, Math.min(platforms.size(), count - done));
            Language language = batch % 2 == 0 ? Language.FR : Language.EN;
            done += writer.write(new LetterWriter.Request(profile, "profile", some, language,
                    LocalDate.of(2026, 11, 22), out, false)).size();
        }
    }
}
