package org.optout.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.optout.AppException;

/**
 * Splits an mbox file (as mail programs export a folder) into its messages, streamed: a line starting with
 * {@code "From "} at the start of the file or after an empty line begins a message; the {@code >From } quoting of
 * mboxrd and mboxo is undone. Bounded: at most {@link #MAX_MESSAGES} messages of at most
 * {@link ImapMailbox#MAX_BYTES} each, lines of at most 1 MB.
 */
public final class Mbox {
    public static final int MAX_MESSAGES = 20_000;
    private static final int MAX_LINE = 1024 * 1024;

    private Mbox() {
    }

    /** Whether {@code file} starts as an mbox does ({@code "From "}), rather than as a single message. */
    public static boolean looksLikeMbox(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("From ");
        } catch (IOException e) {
            throw AppException.invalidData(org.optout.ui.Message.of("doc.cannot_read", file, e.getMessage()), e);
        }
    }

    /** Gives each message's bytes to {@code each}, in order. */
    public static void split(Path file, String label, Consumer<byte[]> each) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream message = null;
            boolean previousEmpty = true;
            int count = 0;
            for (byte[] line = line(in, label); line != null; line = line(in, label)) {
                if (previousEmpty && startsWith(line, 0, "From ")) {
                    if (message != null) {
                        each.accept(trimmed(message));
                    }
                    if (++count > MAX_MESSAGES) {
                        throw AppException.invalidData(org.optout.ui.Message.of("mbox.too_many", label, MAX_MESSAGES));
                    }
                    message = new ByteArrayOutputStream();
                    previousEmpty = false;
                    continue;
                }
                if (message == null) {
                    throw AppException.invalidData(org.optout.ui.Message.of("mbox.not_mbox", label));
                }
                int quotes = 0;
                while (quotes < line.length && line[quotes] == '>') {
                    quotes++;
                }
                int skip = quotes > 0 && startsWith(line, quotes, "From ") ? 1 : 0;
                message.write(line, skip, line.length - skip);
                if (message.size() > ImapMailbox.MAX_BYTES) {
                    throw AppException.invalidData(org.optout.ui.Message.of("mbox.large_message", label, count,
                            ImapMailbox.MAX_BYTES / (1024 * 1024)));
                }
                previousEmpty = line.length == 1 && line[0] == '\n' || line.length == 2 && line[0] == '\r';
            }
            if (message != null) {
                each.accept(trimmed(message));
            }
        } catch (IOException e) {
            throw AppException.invalidData(org.optout.ui.Message.of("doc.cannot_read", label, e.getMessage()), e);
        }
    }

    /** The message without the empty line that separates it from the next one. */
    private static byte[] trimmed(ByteArrayOutputStream message) {
        byte[] bytes = message.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    private static boolean startsWith(byte[] line, int from, String prefix) {
        if (line.length - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The next line with its line end, or null at the end of the file. */
    private static byte[] line(InputStream in, String label) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
            if (line.size() > MAX_LINE) {
                throw AppException.invalidData(org.optout.ui.Message.of("mbox.long_line", label));
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
