package org.optout.inbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.catalogue.Language;

/**
 * Suggests what a controller's reply says from its words, in French, English, Dutch or German. The words are in
 * {@code org/optout/inbox/replies_<lang>.txt}, one phrase a line under a {@code [class]} heading: the reply's
 * language is the one whose {@code [language]} words it uses most; each class scores the number of its phrases
 * found (the reply's own text only: quoted text and the forwarded original are cut off). An acknowledgement counts
 * only when nothing else does (most replies start by thanking for the request); two other classes scoring the same,
 * or an answer and a refusal together (granted in part), leave the reply {@link ReplyClass#UNKNOWN}, to the user.
 */
public final class ReplyClassifier {
    private static final int MAX_CHARS = 100_000;
    private static final Pattern QUOTE_START = Pattern.compile("(?im)^(-{2,}\\s*(original message|message "
            + "d'origine|oorspronkelijk bericht|ursprüngliche nachricht|message transféré|forwarded message)"
            + "|(on|le|op|am) .{0,200}(wrote|a écrit|schreef|schrieb)\\s*:|from: .*\\R(sent|date): )");
    private static final String CASE_TOKEN = "([A-Za-z]{0,8}[-#]?\\d[A-Za-z0-9/_-]{2,38})";

    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    /** The word lists of every language, read once. */
    public ReplyClassifier() {
        for (Language language : Language.values()) {
            words.put(language, Words.read(language));
        }
    }

    /** The suggested class of a reply with this subject (may be null) and text (may be null). */
    public Classification classify(String subject, String text) {
        String own = ownText(text == null ? "" : text);
        String normal = normalize((subject == null ? "" : subject) + "\n" + own);
        Language language = language(normal);
        ReplyClass replyClass = ReplyClass.UNKNOWN;
        if (language != null) {
            replyClass = decide(scores(words.get(language), normal));
            if (replyClass == ReplyClass.UNKNOWN && language != Language.EN) {
                // a reply in the user's language may still use the English of a ticket system
                replyClass = decide(scores(words.get(Language.EN), normal));
            }
        }
        return new Classification(replyClass, language, caseNumber(subject, own));
    }

    private static ReplyClass decide(Map<ReplyClass, Integer> scores) {
        Map<ReplyClass, Integer> others = new LinkedHashMap<>(scores);
        others.remove(ReplyClass.ACKNOWLEDGEMENT);
        others.values().removeIf(score -> score == 0);
        if (others.containsKey(ReplyClass.ANSWER) && others.containsKey(ReplyClass.REFUSAL)) {
            return ReplyClass.UNKNOWN; // granted in part, refused in part: only the user can say which matters
        }
        if (others.isEmpty()) {
            return scores.getOrDefault(ReplyClass.ACKNOWLEDGEMENT, 0) > 0 ? ReplyClass.ACKNOWLEDGEMENT
                    : ReplyClass.UNKNOWN;
        }
        int best = others.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<ReplyClass> top = others.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        return top.size() == 1 ? top.get(0) : ReplyClass.UNKNOWN;
    }

    private static Map<ReplyClass, Integer> scores(Words words, String normal) {
        Map<ReplyClass, Integer> scores = new EnumMap<>(ReplyClass.class);
        words.phrases().forEach((replyClass, phrases) -> scores.put(replyClass,
                (int) phrases.stream().filter(normal::contains).count()));
        return scores;
    }

    private Language language(String normal) {
        Language best = null;
        int bestCount = 0;
        List<String> tokens = List.of(normal.split("[^\\p{L}']+"));
        for (Language language : Language.values()) {
            Set<String> common = words.get(language).common();
            int count = (int) tokens.stream().filter(common::contains).count();
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }

    /** The case number the subject, else the text, gives after one of the labels of any language. */
    private String caseNumber(String subject, String text) {
        for (String source : new String[] {subject, text}) {
            if (source == null) {
                continue;
            }
            for (Words w : words.values()) {
                for (String label : w.caseLabels()) {
                    Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(label)
                            + "\\s*(?:(?:n°|no\\.?|nr\\.?|number|nummer|numéro)\\s*)?[:#.]?\\s*\\[?#?" + CASE_TOKEN)
                            .matcher(source);
                    if (m.find()) {
                        return m.group(1).replaceAll("[.:,;)\\]]+$", "");
                    }
                }
            }
            Matcher bracketed = Pattern.compile("\\[#?([A-Za-z]{0,8}-?\\d[A-Za-z0-9-]{3,38})]").matcher(source);
            if (bracketed.find()) {
                return bracketed.group(1);
            }
        }
        return null;
    }

    /** The reply's own words: quoted lines and everything from the quoted original on are left out. */
    static String ownText(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Matcher quote = QUOTE_START.matcher(bounded);
        String own = quote.find() ? bounded.substring(0, quote.start()) : bounded;
        return own.lines().filter(l -> !l.stripLeading().startsWith(">")).reduce("", (a, b) -> a + b + "\n");
    }

    static String normalize(String text) {
        return " " + Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('\u00a0', ' ').replaceAll("\\s+", " ") + " ";
    }

    /** One language's lists. */
    private record Words(Set<String> common, Map<ReplyClass, List<String>> phrases, List<String> caseLabels) {
        static Words read(Language language) {
            String name = "replies_" + language.code() + ".txt";
            Map<String, List<String>> sections = new LinkedHashMap<>();
            try (InputStream in = ReplyClassifier.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("optout is incomplete: org/optout/inbox/" + name + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> current = null;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    if (l.startsWith("[") && l.endsWith("]")) {
                        current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                    } else if (current != null) {
                        current.add(l);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<ReplyClass, List<String>> phrases = new EnumMap<>(ReplyClass.class);
            for (ReplyClass c : ReplyClass.values()) {
                if (c != ReplyClass.UNKNOWN) {
                    phrases.put(c, sections.getOrDefault(c.key(), List.of()).stream()
                            .map(p -> normalize(p).strip()).toList());
                }
            }
            Set<String> common = Set.copyOf(List.of(normalize(String.join(" ", sections.getOrDefault("language",
                    List.of()))).strip().split(" ")));
            return new Words(common, phrases, sections.getOrDefault("case_label", List.of()));
        }
    }
}
