package org.optout.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * peak RSS of that JVM), the same with the image launcher's JIT setting ({@code -XX:TieredStopAtLevel=1}), the
 * real {@code optout campaign letters} command for 1,000 generated members (whole process, through the image's
 * launcher when it is built), and LibreOffice converting 100 letters of the same length (their text) to PDF/A in
 * one call. Then one batch of 10,000 letters with 2 threads and the real command for 10,000 members, for the peak
 * RSS at ten times the size. Medians over the rounds, the ratio to
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

    /**
     * One way of producing letters; {@code rates} and {@code peaks} collect each run's letters/s and kB.
     * {@code wholeProcess}: its rate is taken over the whole process (JVM start included) and its peak RSS read from
     * /proc while it runs, as for a command a user types.
     */
    private record Contender(String name, int letters, List<String> command, boolean wholeProcess, List<Double> rates,
                             List<Long> peaks) {
        Contender(String name, int letters, List<String> command) {
            this(name, letters, command, false, new ArrayList<>(), new ArrayList<>());
        }

        Contender(String name, int letters, List<String> command, boolean wholeProcess) {
            this(name, letters, command, wholeProcess, new ArrayList<>(), new ArrayList<>());
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
        Contender command = campaignLetters(letters, work);
        contenders.add(command);
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
            for (Contender contender : contenders.subList(0, contenders.size() - 1)) {
                System.out.printf("campaign: %s / LibreOffice = %.1f x (target >= 5)%n", contender.name(),
                        median(contender.rates()) / median(soffice.rates()));
            }
        }
        System.out.println("campaign: load average (1, 5, 15 min) at each round and at the end: " + loads);
        if (large > 0) {
            Contender big = child("optout, 2 threads, " + large + " letters", large, 2, jvm, work);
            run(big, work);
            report(big);
            System.out.printf("campaign: peak RSS %d MB at %d letters, %d MB at %d letters (target <= 400 MB, flat)%n",
                    contenders.get(1).peaks().get(0) / 1024, letters, big.peaks().get(0) / 1024, large);
            Contender bigCommand = campaignLetters(large, work);
            run(bigCommand, work);
            report(bigCommand);
            System.out.printf("campaign: campaign letters, peak RSS %d MB at %d members, %d MB at %d members "
                    + "(target <= 400 MB, flat)%n", Collections.max(command.peaks()) / 1024, letters,
                    bigCommand.peaks().get(0) / 1024, large);
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
     * The real {@code optout campaign letters} for {@code members} generated members (one platform, every mandate
     * signed: one objection each), through the image's launcher when it is built, else {@code java} with the
     * launcher's options; the campaign is set up once here (not timed) with {@code campaign init}.
     */
    private static Contender campaignLetters(int members, Path work) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("campaign-" + members));
        Path csv = dir.resolve("members.csv");
        try (var out = Files.newBufferedWriter(csv)) {
            out.write("member_id,name,email,address,country,language,situation,mandate_signed_on,account_linkedin\n");
            for (int i = 0; i < members; i++) {
                String email = "member" + i + "@example.org";
                out.write(String.format("M%06d,%s %d,%s,%d rue des Lilas | 69003 Lyon,%s,%s,,2026-10-02,%s%n", i,
                        BatchLetters.NAMES.get(i % BatchLetters.NAMES.size()), i, email, i % 97 + 1,
                        i % 2 == 0 ? "BE" : "FR", List.of("fr", "nl", "de", "en").get(i % 4), email));
            }
        }
        Path launcher = Path.of("target/image/optout/bin/optout").toAbsolutePath();
        List<String> optout = Files.isExecutable(launcher) ? List.of(launcher.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.optout.Main");
        String db = dir.resolve("tracker.db").toString();
        List<String> init = new ArrayList<>(optout);
        init.addAll(List.of("campaign", "init", "bench", "--association",
                Path.of("samples/association.yaml").toAbsolutePath().toString(), "--members", csv.toString(),
                "--db", db));
        Process process = new ProcessBuilder(init).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("campaign init failed:\n" + output);
        }
        List<String> letters = new ArrayList<>(optout);
        letters.addAll(List.of("campaign", "letters", "bench", "--platform", "linkedin", "--out",
                work.resolve("out").toString(), "--jobs", "2", "--db", db));
        return new Contender("campaign letters, " + members + " members, --jobs 2 ("
                + (optout.size() == 1 ? "image launcher" : "java, C1 only") + ", whole process)", members, letters,
                true);
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
        Path log = work.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(contender.command()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("JAVA_OPTIONS"));
        builder.environment().put("HOME", Files.createDirectories(work.resolve("home")).toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakResidentKb(process.pid()));
        }
        int code = process.exitValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        if (code != 0) {
            throw new IllegalStateException(contender.name() + " exited with " + code + ":\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (contender.wholeProcess()) {
            contender.rates().add(contender.letters() / seconds);
            contender.peaks().add(peak);
        } else if (result.find()) {
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

    /** The peak resident set size of a running process, in kB (0 once it has ended). */
    private static long peakResidentKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
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
