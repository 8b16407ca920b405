package org.optout.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * figures). Cold: wall time of {@code optout letter linkedin} started afresh, through the image's launcher and
 * through {@code java -jar target/optout.jar}, against LibreOffice converting the same letter to PDF/A, interleaved.
 * Warm: letters per second written by one JVM (PDF rendered, checked and written), after a warm-up of 220
 * letters; it runs on the shipped jar's class path (see the bench profile in pom.xml).
 */
public final class LetterBenchmark {
    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int coldRounds = Integer.getInteger("bench.cold.rounds", 15);
        int warmLetters = Integer.getInteger("bench.warm.letters", 1000);
        Path work = Files.createTempDirectory("optout-bench");
        cold(coldRounds, work);
        warm(warmLetters, work);
    }

    /** One way of turning the sample letter into an archival PDF, started afresh each time. */
    private record Contender(String name, List<String> command) {
    }

    /**
     * Cold start, in one run and interleaved (round-robin, so that a busy moment of the machine falls on every
     * contender alike): the image's launcher, {@code java -jar}, and LibreOffice converting the same letter's text
     * to PDF/A, each when present. One untimed run of each first (page cache, LibreOffice's user profile).
     */
    private static void cold(int rounds, Path work) throws IOException, InterruptedException {
        Path jar = Path.of("target/optout.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar);
        }
        String profile = Path.of("samples/profile.yaml").toAbsolutePath().toString();
        List<String> letter = List.of("letter", "linkedin", "--profile", profile, "--out");
        List<Contender> contenders = new ArrayList<>();
        Path launcher = Path.of("target/image/optout/bin/optout").toAbsolutePath();
        if (Files.isExecutable(launcher)) {
            contenders.add(new Contender("optout letter linkedin (image launcher)",
                    concat(List.of(launcher.toString()), letter, work.resolve("launcher").toString())));
        } else {
            System.out.println("cold: no " + launcher + " (the image profile builds it where jpackage exists)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        contenders.add(new Contender("java -jar target/optout.jar letter linkedin",
                concat(List.of(java, "-jar", jar.toString()), letter, work.resolve("jar").toString())));
        Optional<Path> soffice = onPath("soffice");
        if (soffice.isPresent()) {
            contenders.add(new Contender("soffice --convert-to PDF/A-3 (same letter as text)",
                    sofficeCommand(soffice.get(), jar, profile, work)));
        } else {
            System.out.println("cold: no soffice on the PATH (Debian: libreoffice-writer-nogui), LibreOffice skipped");
        }
        Map<Contender, List<Double>> seconds = new LinkedHashMap<>();
        contenders.forEach(c -> seconds.put(c, new ArrayList<>()));
        for (Contender contender : contenders) {
            time(contender);
        }
        for (int round = 0; round < rounds; round++) {
            for (Contender contender : contenders) {
                seconds.get(contender).add(time(contender));
            }
        }
        seconds.forEach((contender, times) -> report("cold: " + contender.name(), times));
    }

    private static List<String> concat(List<String> head, List<String> middle, String last) {
        List<String> all = new ArrayList<>(head);
        all.addAll(middle);
        all.add(last);
        return all;
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** The sample letter's text (extracted from the PDF optout writes), for LibreOffice to lay out and convert. */
    private static List<String> sofficeCommand(Path soffice, Path jar, String profile, Path work)
            throws IOException, InterruptedException {
        Path out = work.resolve("text");
        run(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "letter", "linkedin", "--profile", profile, "--out", out.toString()));
        Path text = out.resolve("objection-linkedin-fr.txt");
        try (PDDocument document = Loader.loadPDF(out.resolve("objection-linkedin-fr.pdf").toFile())) {
            Files.writeString(text, new PDFTextStripper().getText(document));
        }
        // PDF/A-3b, the nearest LibreOffice has to optout's PDF/A-3u
        return List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\","
                        + "\"value\":\"3\"}}", "--outdir", work.resolve("soffice").toString(), text.toString());
    }

    private static void report(String what, List<Double> seconds) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int runs = sorted.size();
        System.out.printf("%s, %d runs: median %.3f s (min %.3f s, max %.3f s)%n", what, runs, sorted.get(runs / 2),
                sorted.get(0), sorted.get(runs - 1));
    }

    private static double time(Contender contender) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(contender.command());
        long start = System.nanoTime();
        run(builder);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS"));
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(builder.command() + " exited with " + code);
        }
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
