package org.optout.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Language;
import org.optout.ui.Texts;

/**
 * The notes optout writes on the events it records. A note is stored in English, as written: it is part of its
 * event's hash, so it never changes. It is shown in the interface language: the stored text is matched against the
 * English text of each note (under its key in the texts), and its parts are told again in that language. So is the
 * reason a send failed, as the mail layer wrote it (a server's reply is quoted as it came). A note optout did not
 * write, or wrote in another form, is shown as stored.
 */
public enum RecordedNote {
    // A stored note is matched against each in this order: the more specific first.
    CAMPAIGN_DRAFTED_COPY(Part.RAW, Part.RAW, Part.RAW),
    CAMPAIGN_DRAFTED_FORM(Part.RAW, Part.RAW, Part.RAW),
    SENT_WITH_MANDATE(Part.RAW, Part.RAW, Part.RAW, Part.RAW),
    SENT(Part.RAW, Part.RAW, Part.RAW),
    REMINDER_SENT(Part.RAW, Part.RAW),
    REPLY(Part.RAW, Part.CONFIDENCE, Part.MATCH, Part.REPLY_CLASS),
    ACKNOWLEDGED(Part.RAW),
    RECEIVED_SAME_DAY,
    RECEIVED_WHEN_SENT(Part.CHANNEL),
    REPLACED(Part.CHANNEL),
    DOSSIER_EMBEDDED(Part.RAW),
    DOSSIER(Part.RAW),
    SUPERSEDES(Part.RAW, Part.RAW),
    LODGED(Part.RAW),
    TO(Part.RAW);

    /** What a note's argument is, and so how it is told in another language. */
    private enum Part {
        /** A name, address, date, hash or server reply: the same in every language. */
        RAW,
        /** A channel's word ("email"). */
        CHANNEL,
        /** How sure a reply's match is ("certain"). */
        CONFIDENCE,
        /** Why a reply matched ("reference 4471"): one of the texts under "match.". */
        MATCH,
        /** The class suggested for a reply ("refusal"). */
        REPLY_CLASS
    }

    /** The texts a {@link Part#MATCH} may be. */
    private static final List<String> MATCH_KEYS = List.of("match.in_reply_to", "match.reference",
            "match.id_in_subject", "match.identifier", "match.no_sender", "match.several", "match.nothing_names",
            "match.foreign");

    /**
     * Why a message could not be sent, as the mail layer words it (the reason a failed attempt's note records), and
     * the network failures one of these may name: a server's own reply stays as the server wrote it.
     */
    private static final List<String> FAILURE_KEYS = List.of("mail.smtp.login_refused", "mail.smtp.cannot_connect",
            "mail.smtp.outcome_unknown", "mail.smtp.refused", "mail.smtp.failed_before_data", "mail.build_failed");
    private static final List<String> NETWORK_KEYS = List.of("mail.net.refused", "mail.net.unknown_host",
            "mail.net.timeout", "mail.net.closed");

    private final List<Part> parts;
    private volatile Pattern english;

    RecordedNote(Part... parts) {
        this.parts = List.of(parts);
    }

    private String key() {
        return "note." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The note as stored: its English text with {@code args} (strings, so that no number is grouped). */
    public String english(String... args) {
        if (args.length != parts.size()) {
            throw new IllegalArgumentException(this + " takes " + parts.size() + " argument(s)");
        }
        return Texts.english().get(key(), (Object[]) args);
    }

    /** {@code stored}, a note as recorded, in the language of {@code texts}. */
    public static String shown(String stored, Texts texts) {
        if (stored == null || texts.language() == Language.EN) {
            return stored;
        }
        for (RecordedNote note : values()) {
            Optional<List<String>> args = match(note.pattern(), stored);
            if (args.isPresent()) {
                Object[] told = new Object[args.get().size()];
                for (int i = 0; i < told.length; i++) {
                    told[i] = tell(note.parts.get(i), args.get().get(i), texts);
                }
                return texts.get(note.key(), told);
            }
        }
        for (String key : FAILURE_KEYS) {
            Optional<List<String>> args = match(pattern(key), stored);
            if (args.isPresent()) {
                return texts.get(key, args.get().stream().map(arg -> NETWORK_KEYS.stream()
                        .filter(network -> Texts.english().get(network).equals(arg)).findFirst()
                        .<Object>map(texts::get).orElse(arg)).toArray());
            }
        }
        return stored;
    }

    private static String tell(Part part, String value, Texts texts) {
        return switch (part) {
            case RAW -> value;
            case CHANNEL -> Channel.of(value).map(texts::word).orElse(value);
            case CONFIDENCE -> word(texts, "confidence.", value);
            case REPLY_CLASS -> word(texts, "replyclass.", value);
            case MATCH -> MATCH_KEYS.stream().flatMap(key -> match(pattern(key), value)
                    .map(args -> texts.get(key, args.toArray())).stream()).findFirst().orElse(value);
        };
    }

    /** The word under {@code prefix + value}, or the value itself when there is no such word. */
    private static String word(Texts texts, String prefix, String value) {
        return value.matches("[a-z_]+") && Texts.english().has(prefix + value) ? texts.get(prefix + value) : value;
    }

    private Pattern pattern() {
        Pattern compiled = english;
        if (compiled == null) {
            compiled = pattern(key());
            english = compiled;
        }
        return compiled;
    }

    /** A pattern matching the English text under {@code key}, each {@code {n}} a group (in order of appearance). */
    private static Pattern pattern(String key) {
        String text = Texts.english().pattern(key);
        StringBuilder regex = new StringBuilder("^");
        Matcher argument = Pattern.compile("\\{(\\d+)}").matcher(text);
        int at = 0;
        while (argument.find()) {
            regex.append(Pattern.quote(text.substring(at, argument.start()))).append("(?<a")
                    .append(argument.group(1)).append(">.*?)");
            at = argument.end();
        }
        regex.append(Pattern.quote(text.substring(at))).append('$');
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The arguments, in number order, when {@code text} matches {@code pattern} as a whole. */
    private static Optional<List<String>> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(Arrays.asList(new String[m.groupCount()]));
        for (int i = 0; i < m.groupCount(); i++) {
            args.set(i, m.group("a" + i));
        }
        return Optional.of(args);
    }
}
