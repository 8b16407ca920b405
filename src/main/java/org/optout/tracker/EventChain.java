package org.optout.tracker;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.optout.ui.Message;

/**
 * The hash chain over the tracker's events. Each event's hash is a SHA-256 over a length-prefixed encoding of its
 * request's row, its own row, its documents (in the order they were attached) and the hash of the event before it
 * in the whole tracker; so an event row, request row, document row or link edited, deleted or inserted outside
 * optout no longer matches. Values are hashed as SQLite returns them as text, so that an edit to a value optout
 * could not even parse is still seen.
 *
 * <p>Version 2 of the encoding also hashes the request's campaign and member, so that a request moved to another
 * member or campaign breaks its events. Events hashed before it (version 1) still verify, without that cover: a
 * stored hash matches when it is either version's hash of the event as it is now.
 */
final class EventChain {
    /** The {@code prev_hash} of the tracker's first event. */
    static final String GENESIS = "0".repeat(64);

    /** Tags the encoding, so a change of what is hashed can be told apart. */
    private static final String DOMAIN_V1 = "optout event chain v1";
    private static final String DOMAIN_V2 = "optout event chain v2";

    /** The columns hashed, in the order they are hashed: the request's in version 1. */
    static final List<String> REQUEST_COLUMNS = List.of("id", "platform", "kind", "language", "channel",
            "controller_country", "user_country", "parent_id", "created_at");
    /** The request's columns version 2 hashes after {@link #REQUEST_COLUMNS}. */
    static final List<String> CAMPAIGN_COLUMNS = List.of("campaign", "member_id");
    static final List<String> EVENT_COLUMNS = List.of("id", "request_id", "type", "occurred_on", "recorded_at", "note",
            "reference", "about_event_id", "due_on");
    /** A document's row in {@code documents}, then its {@code role} from {@code event_documents}. */
    static final List<String> DOCUMENT_COLUMNS = List.of("sha256", "size", "media_type", "original_name", "stored_at",
            "role");

    /**
     * One event as stored, every value as text (null for SQL NULL).
     *
     * @param request the request's row (all null when the row is missing), in {@link #REQUEST_COLUMNS} order, then
     *     {@link #CAMPAIGN_COLUMNS} (hashed with version 2) unless read from a tracker that has no such columns yet
     * @param event the event's row, in {@link #EVENT_COLUMNS} order
     * @param documents one list per linked document, in {@link #DOCUMENT_COLUMNS} order
     * @param prevHash the stored {@code prev_hash}
     * @param hash the stored {@code hash}
     */
    record Link(long id, String requestId, List<String> request, List<String> event, List<List<String>> documents,
                String prevHash, String hash) {
        Link {
            request = copyKeepingNulls(request);
            event = copyKeepingNulls(event);
            documents = documents.stream().map(EventChain::copyKeepingNulls).toList();
        }

        /** How a break report names this event, e.g. "R3 E12". */
        String name() {
            return (requestId == null ? "" : "R" + requestId + " ") + "E" + id;
        }

        /** The hash this event's content should have, chained to its stored {@code prev_hash}. */
        String expectedHash() {
            return EventChain.hash(this, prevHash);
        }

        /** Whether the stored hash is that of the event's content now, by version 2, or by version 1 before it. */
        boolean matches() {
            return hash != null && (hash.equals(expectedHash())
                    || request.size() > REQUEST_COLUMNS.size() && hash.equals(hashV1(this, prevHash)));
        }
    }

    private EventChain() {
    }

    /**
     * The hash of {@code link}'s content chained to {@code prevHash}: by version 2 when its request's row holds the
     * campaign columns, else by version 1.
     */
    static String hash(Link link, String prevHash) {
        return link.request().size() > REQUEST_COLUMNS.size() ? hash(DOMAIN_V2, link.request(), link, prevHash)
                : hashV1(link, prevHash);
    }

    private static String hashV1(Link link, String prevHash) {
        return hash(DOMAIN_V1, link.request().subList(0, REQUEST_COLUMNS.size()), link, prevHash);
    }

    private static String hash(String domain, List<String> request, Link link, String prevHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            value(out, domain);
            values(out, request);
            values(out, link.event());
            out.writeInt(link.documents().size());
            for (List<String> document : link.documents()) {
                values(out, document);
            }
            value(out, prevHash);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    /**
     * Every break in {@code links} (the tracker's events in id order), one line each: an event whose content does
     * not match its hash, or whose {@code prev_hash} is not the hash of the event before it.
     */
    static List<Message> breaks(List<Link> links) {
        List<Message> breaks = new ArrayList<>();
        String previous = GENESIS;
        String previousName = null;
        for (Link link : links) {
            if (link.hash() == null) {
                breaks.add(Message.of("verify.no_hash", link.name()));
            } else if (!link.matches()) {
                breaks.add(Message.of("verify.hash_mismatch", link.name()));
            }
            if (!previous.equals(link.prevHash())) {
                breaks.add(Message.of("verify.not_following", link.name(), previousName == null
                        ? Message.of("verify.chain_start") : previousName));
            }
            previous = Objects.requireNonNullElse(link.hash(), "");
            previousName = link.name();
        }
        return breaks;
    }

    private static void values(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            value(out, value);
        }
    }

    private static void value(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static List<String> copyKeepingNulls(List<String> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
