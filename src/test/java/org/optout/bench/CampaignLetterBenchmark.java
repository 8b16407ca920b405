package org.optout.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterBatch;
import org.optout.letter.LetterTemplates;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * The campaign letter benchmark, run by {@code mvn -B -ntp -Pbench verify} (not a test: it prints figures).
 * In rounds, interleaved so that a busy moment of the machine falls on every contender alike: a batch of 1,000
 * letters in a fresh JVM with 1 and with 2 worker threads ({@link BatchLetters}: whole batch, JVM start excluded,
 * peak RSS of that JVM), the same with the image launcher's JIT setting ({@code -XX:TieredStopAtLevel=1}), and
 * LibreOffice converting 100 letters of the same length (their text) to PDF/A in one call. Then one batch of
 * 10,000 letters with 2 threads, for the peak RSS at ten times the size. Medians over the rounds, the ratio to
 * LibreOffice, and the load average (the machine may be shared) are printed.
 *
 * <p>System properties: {@code bench.campaign.rounds} (3), {@code bench.campaign.letters} (1000),
 * {@code bench.campaign.large} (10000; 0 skips it), {@code bench.campaign.soffice.letters} (100),
 * {@code bench.campaign.jvm} (the child JVMs' options, separated by spaces; {@code -Xmx256m}).
 */
public final class CampaignLetterBenchmark {
    private static final Pattern RESULT = Pattern.compile("letters=(\\d+) seconds=([\\d.]+) vmhwm_kb=(\\d+)");

    private CampaignLetterBenchmark() {
    }

    /** One way of producing letters; {@code rates} and {@code peaks} collect each run's letters/s and kB. */
    private record Contender(String name, int letters, List<String> command, List<Double> rates, List<Long> peaks) {
        Contender(String name, int letters, List<String> command) {
            this(name, letters, command, new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.campaign.rounds", 3);
        int letters = Integer.getInteger("bench.campaign.letters", 1000);
        int large = Integer.getInteger("bench.campaign.large", 10000);
        int sofficeLetters = Integer.getInteger("bench.campaign.soffice.letters", 100);
        List<String> jvm = List.of(System.getProperty("bench.campaign.jvm", "-Xmx256m").trim().split("\\s+"));
        Path work = Files.createTempDirectory("optout-campaign-bench");
        System.out.println("campaign: child JVM options " + jvm + ", " + Runtime.getRuntime().availableProcessors()
                + " processors");
        List<Contender> contenders = new ArrayList<>();
        contenders.add(child("optout, 1 thread", letters, 1, jvm, work));
        contenders.add(child("optout, 2 threads", letters, 2, jvm, work));
        List<String> c1 = new ArrayList<>(jvm);
        c1.add("-XX:TieredStopAtLevel=1");
        contenders.add(child("optout, 2 threads, C1 only (as the image launcher runs)", letters, 2, c1, work));
        Contender soffice = soffice(sofficeLetters, work);
        if (soffice != null) {
            contenders.add(soffice);
        }
        List<String> loads = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            loads.add(loadAverage());
            for (Contender contender : contenders) {
                run(contender, work);
            }
        }
        loads.add(loadAverage());
        contenders.forEach(CampaignLetterBenchmark::report);
        if (soffice != null) {
            double optout = median(contenders.get(1).rates());
            System.out.printf("campaign: optout 2 threads / LibreOffice = %.1f x (target >= 5)%n",
                    optout / median(soffice.rates()));
        }
        System.out.println("campaign: load average (1, 5, 15 min) at each round and at the end: " + loads);
        if (large > 0) {
            Contender big = child("optout, 2 threads, " + large + " letters", large, 2, jvm, work);
            run(big, work);
            report(big);
            System.out.printf("campaign: peak RSS %d MB at %d letters, %d MB at %d letters (target <= 400 MB, flat)%n",
                    contenders.get(1).peaks().get(0) / 1024, letters, big.peaks().get(0) / 1024, large);
        }
    }

    private static Contender child(String name, int letters, int threads, List<String> options, Path work) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        options.stream().filter(option -> !option.isEmpty()).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BatchLetters.class.getName(),
                String.valueOf(letters), String.valueOf(threads), work.resolve("out").toString()));
        return new Contender(name, letters, command);
    }

    /**
     * LibreOffice converting {@code letters} letters' text (the text of optout's own letters for the same
     * members) to PDF/A-3b in one call; null when soffice is not on the PATH.
     */
    private static Contender soffice(int letters, Path work) throws IOException {
        Path soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        if (soffice == null) {
            System.out.println("campaign: no soffice on the PATH (Debian: libreoffice-writer-nogui), LibreOffice skipped");
            return null;
        }
        Path texts = Files.createDirectories(work.resolve("texts"));
        YamlDocuments documents = new YamlDocuments();
        Profile sample = new ProfileLoader(documents).load(Path.of("samples/profile.yaml"));
        List<Platform> platforms = new CatalogueLoader(documents, Bundled.catalogue()).load(null).platforms();
        LetterBatch batch = new LetterBatch(new LetterTemplates(null), new PdfRenderer());
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--headless", "--convert-to",
                "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"3\"}}",
                "--outdir", work.resolve("out").toString()));
        for (int i = 0; i < letters; i++) {
            byte[] pdf = batch.objection(BatchLetters.request(sample, platforms, i, work)).pdf();
            Path text = texts.resolve(String.format("letter%03d.txt", i));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                Files.writeString(text, new PDFTextStripper().getText(document));
            }
            command.add(text.toString());
        }
        return new Contender("LibreOffice, " + letters + " letters in one call (PDF/A-3b)", letters, command);
    }

    private static void run(Contender contender, Path work) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(contender.command()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS"));
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(contender.name() + " exited with " + code + ":\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (result.find()) {
            contender.rates().add(contender.letters() / Double.parseDouble(result.group(2)));
            contender.peaks().add(Long.parseLong(result.group(3)));
        } else {
            contender.rates().add(contender.letters() / seconds);
        }
        deleteTree(work.resolve("out"));
    }

    private static void report(Contender contender) {
        List<Double> sorted = new ArrayList<>(contender.rates());
        Collections.sort(sorted);
        String peak = contender.peaks().isEmpty() ? ""
                : String.format(", peak RSS %d MB", Collections.max(contender.peaks()) / 1024);
        System.out.printf("campaign: %s: %d runs, median %.1f letters/s (min %.1f, max %.1f)%s%n", contender.name(),
                sorted.size(), median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), peak);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
