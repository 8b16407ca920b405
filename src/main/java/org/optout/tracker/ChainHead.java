package org.optout.tracker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/**
 * The head of the event chain: how many events the tracker holds and the hash of the last one. The chain alone
 * cannot show that its newest events were deleted, or that events with well-formed hashes were added at its end;
 * comparing it with this copy can. Kept next to the database ({@code optout.db.chain-head} beside
 * {@code optout.db}, owner-only) rather than in {@code documents/}, since several trackers may share one folder of
 * evidence. Rewritten (to a temporary file, then renamed) after each committed append, under the database's write
 * lock, so two processes cannot leave an older head behind.
 *
 * @param events how many events the tracker holds
 * @param hash the hash of its last event, {@link EventChain#GENESIS} when it holds none
 */
record ChainHead(long events, String hash) {
    private static final String FIRST_LINE = "optout chain head";

    /** The head file of the tracker database {@code database}. */
    static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".chain-head");
    }

    /**
     * The head kept in {@code file}, or empty when there is no such file.
     *
     * @throws IOException when it cannot be read or is not a chain head
     */
    static Optional<ChainHead> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() != 3 || !lines.get(0).equals(FIRST_LINE) || !lines.get(1).matches("events \\d{1,18}")
                || !lines.get(2).matches("hash [0-9a-f]{64}")) {
            throw new IOException("not an optout chain head");
        }
        return Optional.of(new ChainHead(Long.parseLong(lines.get(1).substring(7)), lines.get(2).substring(5)));
    }

    /**
     * How {@code links} (the tracker's events in id order) differ from this head, kept in {@code file}: events
     * deleted at the end, replaced, or added after it. Empty when the chain ends where the head says.
     */
    List<Message> against(List<EventChain.Link> links, Path file) {
        int count = links.size();
        if (events > count) {
            return List.of(count == 0 ? Message.of("verify.head.deleted_all", file, events)
                    : Message.of("verify.head.deleted", file, events, count, links.get(count - 1).name()));
        }
        String there = events == 0 ? EventChain.GENESIS : links.get((int) events - 1).hash();
        if (!hash.equals(there)) {
            return List.of(Message.of("verify.head.replaced", file, hash, events,
                    events == 0 ? "" : " (" + links.get((int) events - 1).name() + ")"));
        }
        if (events < count) {
            return List.of(Message.of("verify.head.added", count - events > 1
                    ? Message.of("verify.head.range", links.get((int) events).name(), links.get(count - 1).name())
                    : links.get((int) events).name(), file, events));
        }
        return List.of();
    }

    /**
     * Compares the chain's end, {@code links} (the tracker's events in id order), with the head kept in {@code file}
     * (null for a database that is not a file), adding what it finds to {@code breaks} and {@code warnings}. A
     * missing head (a tracker from an older optout) is a warning, and is written when no break was found.
     */
    static void check(Path file, List<EventChain.Link> links, List<Message> breaks, List<Message> warnings) {
        if (file == null) {
            warnings.add(Message.of("verify.head.none"));
            return;
        }
        Optional<ChainHead> head;
        try {
            head = read(file);
        } catch (IOException e) {
            breaks.add(Message.of("verify.head.unreadable", file, PrivateFiles.reason(e)));
            return;
        }
        if (head.isPresent()) {
            breaks.addAll(head.get().against(links, file));
        } else if (!links.isEmpty() && breaks.isEmpty()) {
            new ChainHead(links.size(), links.get(links.size() - 1).hash()).write(file);
            warnings.add(Message.of("verify.head.written", file, links.size()));
        } else if (!links.isEmpty()) {
            warnings.add(Message.of("verify.head.not_written", file));
        }
    }

    /**
     * Moves the head in {@code file} to the chain's current end, read through {@code connection}; call it under the
     * write lock, after an append. A head the chain no longer extends (events deleted or replaced) is left as it
     * is, for verify to report.
     */
    static void advance(Path file, Connection connection) throws SQLException {
        ChainHead now = ChainTable.head(connection);
        Optional<ChainHead> old;
        try {
            old = read(file);
        } catch (IOException ignored) {
            // unreadable: left as it is, for verify to report
            return;
        }
        if (old.isEmpty() || old.get().events() <= now.events()
                && old.get().hash().equals(ChainTable.hashAt(connection, old.get().events()))) {
            now.write(file);
        }
    }

    /** Replaces {@code file} with this head, atomically. */
    void write(Path file) {
        try {
            PrivateFiles.write(file, (FIRST_LINE + "\nevents " + events + "\nhash " + hash + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (AppException e) {
            throw new AppException("chain head not updated: " + e.getMessage(), ExitCode.DELIVERY, e);
        }
    }
}
