package org.optout.ui;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell the user, before it is put in words: the key of a text and its facts. Feature packages return
 * messages; the cli renders them in the interface language with {@link Texts#get(Message)}. A fact may be an enum
 * (rendered as its word), another message (rendered as its text), or a value printed as is (ids, dates, files,
 * commands, which are never translated).
 *
 * @param key the text's key in {@code texts*.properties}
 * @param args the facts for its {@code {0}}, {@code {1}}…; a null one is told as nothing
 */
public record Message(String key, List<Object> args) {
    public Message {
        // a library's exception may have no message: an empty fact, rather than a crash while telling an error
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The message in English, the language of logs and of {@link Exception#getMessage()}. */
    public String english() {
        return Texts.english().get(this);
    }
}
