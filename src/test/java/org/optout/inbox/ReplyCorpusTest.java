package org.optout.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.optout.TestFiles;

/**
 * The classification table over the corpus of replies in {@code src/test/resources/replies/<lang>/}: each file says
 * the class it should get ({@code expect:}) and the case number ({@code case:}), then its subject, then after
 * {@code ---} its text. Prints right / wrong / left to the user per language, and asserts every row.
 */
class ReplyCorpusTest {
    private static final Path CORPUS = TestFiles.ROOT.resolve("src/test/resources/replies");

    /** One reply of the corpus. */
    record Sample(String language, String name, ReplyClass expected, String caseNumber, String subject,
                  String text) {
        static Sample read(Path file) {
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int split = content.indexOf("\n---\n");
            String head = content.substring(0, split);
            String expect = field(head, "expect");
            return new Sample(file.getParent().getFileName().toString(), file.getFileName().toString(),
                    ReplyClass.valueOf(expect.toUpperCase(java.util.Locale.ROOT)), field(head, "case"),
                    field(head, "subject"), content.substring(split + 5));
        }

        private static String field(String head, String name) {
            return head.lines().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1).strip())
                    .findFirst().orElse(null);
        }
    }

    static List<Sample> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Sample::read).toList();
        }
    }

    @Test
    void every_reply_of_the_corpus_gets_its_class_and_case_number() throws IOException {
        List<Sample> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(32);
        ReplyClassifier classifier = new ReplyClassifier();
        Map<String, int[]> table = new TreeMap<>(); // right, wrong, left to the user
        List<String> failures = new ArrayList<>();
        for (Sample s : corpus) {
            Classification c = classifier.classify(s.subject(), s.text());
            int[] row = table.computeIfAbsent(s.language(), k -> new int[3]);
            if (c.replyClass() == s.expected()) {
                row[0]++;
            } else if (c.replyClass() != ReplyClass.UNKNOWN) {
                row[1]++;
            }
            if (c.replyClass() == ReplyClass.UNKNOWN) {
                row[2]++;
            }
            if (c.replyClass() != s.expected() || !java.util.Objects.equals(c.caseNumber(), s.caseNumber())) {
                failures.add(s.language() + "/" + s.name() + ": expected " + s.expected().key() + " case "
                        + s.caseNumber() + ", got " + c.replyClass().key() + " case " + c.caseNumber());
            }
            if (s.expected() != ReplyClass.UNKNOWN || c.language() != null) {
                assertThat(c.language()).as(s.name()).isNotNull();
                assertThat(c.language().code()).as(s.language() + "/" + s.name()).isEqualTo(s.language());
            }
        }
        StringBuilder report = new StringBuilder("lang  right  wrong  left to the user (of which expected)\n");
        table.forEach((lang, r) -> report.append(String.format("%-5s %5d  %5d  %5d (%d)%n", lang, r[0], r[1], r[2],
                corpus.stream().filter(s -> s.language().equals(lang) && s.expected() == ReplyClass.UNKNOWN)
                        .count())));
        System.out.print(report);
        assertThat(failures).as(report.toString()).isEmpty();
    }
}
