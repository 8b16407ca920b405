package org.optout.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterBatch;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * One batch of a campaign's letters in a JVM of its own (the benchmark's child): {@code letters} generated
 * members, each with one objection letter written to {@code out/<member id>/}, rendered by {@code threads}
 * workers with one {@link LetterBatch} each. Members are made on the fly (never all in memory). Prints one line:
 * {@code letters=… seconds=… vmhwm_kb=… cpu_ms_per_letter=…} (the seconds from the first letter to the last file
 * written, JVM start excluded; the peak resident set size of this process, from /proc/self/status; the CPU time of
 * the whole process per letter, which a busy machine inflates less than the seconds).
 *
 * <p>{@code mode} {@code writer} renders with today's single-letter API instead ({@link LetterWriter#write}, one
 * call per member), for comparison.
 */
public final class BatchLetters {
    /** Names in several scripts, combined with a number so that every member differs. */
    static final List<String> NAMES = List.of("Camille Durand", "Jan de Vries", "Jürgen Weiß",
            "Łucja Kowalska", "Ελένη Παπαδοπούλου", "Иван Петров", "Zoë O’Brien", "Nuno Conceição",
            "Ana Núñez", "Yasmine Haddad", "Søren Kierkegård", "Ioana Popescu");
    private static final List<Language> LANGUAGES = List.of(Language.FR, Language.EN, Language.NL, Language.DE);

    private BatchLetters() {
    }

    public static void main(String[] args) throws Exception {
        int letters = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        boolean writer = args.length > 3 && args[3].equals("writer");
        YamlDocuments documents = new YamlDocuments();
        Profile sample = new ProfileLoader(documents).load(Path.of("samples/profile.yaml"));
        List<Platform> platforms = new CatalogueLoader(documents, Bundled.catalogue()).load(null).platforms();
        LetterTemplates templates = new LetterTemplates(null);
        PdfRenderer renderer = new PdfRenderer();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(workers.submit(() -> {
                    LetterBatch batch = new LetterBatch(templates, renderer);
                    LetterWriter single = new LetterWriter(templates, renderer);
                    for (int i = next.getAndIncrement(); i < letters; i = next.getAndIncrement()) {
                        LetterWriter.Request request = request(sample, platforms, i, out);
                        if (writer) {
                            single.write(request);
                        } else {
                            LetterWriter.save(List.of(batch.objection(request)), request.outDirectory(), false);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : done) {
                worker.get();
            }
        } finally {
            workers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6 / letters;
        System.out.printf("letters=%d seconds=%.3f vmhwm_kb=%d cpu_ms_per_letter=%.2f%n", letters, seconds,
                peakResidentKb(), cpuMillis);
    }

    /** Member {@code i}: a name, address, e-mail and account of its own, one platform, one of four languages. */
    static LetterWriter.Request request(Profile sample, List<Platform> platforms, int i, Path out) {
        Platform platform = platforms.get(i % platforms.size());
        // the sample's situation is in French: other languages get the template's general reasons
        Language language = LANGUAGES.get(i / platforms.size() % LANGUAGES.size());
        String name = NAMES.get(i % NAMES.size()) + " " + i;
        String email = "member" + i + "@example.org";
        Profile member = new Profile(name, email, List.of((i % 97 + 1) + " rue des Lilas", "69003 Lyon"),
                sample.country(), sample.language(), sample.place(), sample.phone(), sample.signatureImage(),
                language == Language.FR ? sample.situation() : null, sample.specialCategories(),
                Map.of(platform.id(), email));
        return new LetterWriter.Request(member, "member " + i, List.of(platform), language, LocalDate.of(2026, 11, 22),
                out.resolve(String.format("m%06d", i)), false);
    }

    /** CPU time of the whole process (all threads: workers, garbage collector, compiler). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakResidentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }
}
