package org.optout.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.optout.catalogue.Language;
import org.optout.catalogue.Localized;

/**
 * What optout says to its user, in the interface language: messages, prompts, summaries, states and errors, from
 * {@code org/optout/cli/texts*.properties} (UTF-8; the bundles keep the path where the cli first put them). A key
 * missing in a translation falls back to English; the JVM's default locale never leaks in. Feature packages never
 * hold a {@code Texts}: they return {@link Message}s, which the cli renders here.
 */
public final class Texts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Texts ENGLISH = new Texts(Language.EN);

    private final Language language;
    /**
     * Read when a first text is asked for: a run that prints none (a letter written without a warning) does not
     * parse the bundle, about 10 ms of a cold start (sampled). The JDK caches bundles, so a race loads it once.
     */
    private volatile ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
    }

    private ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            loaded = ResourceBundle.getBundle("org.optout.cli.texts", language.locale(), NO_FALLBACK);
            bundle = loaded;
        }
        return loaded;
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    /** The English texts (cached: every {@link org.optout.AppException} message is rendered with them). */
    public static Texts english() {
        return ENGLISH;
    }

    public Language language() {
        return language;
    }

    /**
     * The text under {@code key}, its {@code {0}}… filled with {@code args} (MessageFormat, in the language; an
     * apostrophe is just an apostrophe). An enum argument is a word too: {@code Proof.REPLY} is the text under
     * {@code proof.reply}; a {@link Message} argument is its own text; a catalogue's {@link Localized} text is
     * its version in this language (English where it has none).
     */
    public String get(String key, Object... args) {
        return format(pattern(key), args);
    }

    /** The text of {@code message}, its arguments rendered as {@link #get} does. */
    public String get(Message message) {
        return format(pattern(message.key()), message.args().toArray());
    }

    /** Whether there is a text under {@code key}. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The text under {@code key} as written, its {@code {0}}… not filled in. */
    public String pattern(String key) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' for " + language.code(), e);
        }
        return pattern;
    }

    private String format(String pattern, Object[] args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] instanceof Enum<?> e ? word(e) : args[i] instanceof Message m ? get(m)
                    : args[i] instanceof Localized l ? l.in(language) : args[i];
        }
        // apostrophes are literal here (French is full of them), not MessageFormat's quotes
        return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(words);
    }

    /** The word for an enum constant: the text under "simple class name.constant", in lower case. */
    public String word(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "."
                + constant.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The help texts (command and option descriptions, headings) for picocli in this language
     * ({@code help_fr}, {@code help_nl}, {@code help_de}), or null for English, which the annotations hold, and for
     * a language whose help is not translated yet.
     */
    public ResourceBundle help() {
        if (language == Language.EN) {
            return null;
        }
        try {
            return ResourceBundle.getBundle("org.optout.cli.help", language.locale(), NO_FALLBACK);
        } catch (MissingResourceException ignored) {
            return null; // no help translated into this language yet: the annotations' English
        }
    }
}
