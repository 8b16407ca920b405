package org.optout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.files.PrivateFiles;
import org.optout.profile.Conversation;
import org.optout.ui.Message;
import org.optout.ui.Texts;

/** The profile wizard's conversation on the terminal: questions and remarks on stderr, answers from stdin. */
final class TerminalConversation implements Conversation {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Texts texts;

    TerminalConversation(BufferedReader in, PrintWriter out, Texts texts) {
        this.in = in;
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void say(String key, Object... args) {
        out.println(texts.get(key, args));
        out.flush();
    }

    @Override
    public void note(String key, Object... args) {
        out.println("  " + texts.get(key, args));
        out.flush();
    }

    @Override
    public String ask(String key, Object... args) {
        out.print(texts.get(key, args) + " ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                out.println();
                return null;
            }
            return line.strip();
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("profile.error.unreadable_answer", PrivateFiles.why(e)), e);
        }
    }

    @Override
    public String text(String key, Object... args) {
        return texts.get(key, args);
    }

    @Override
    public Language language() {
        return texts.language();
    }
}
