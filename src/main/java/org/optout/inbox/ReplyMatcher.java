package org.optout.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.optout.mail.IncomingMail;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * Finds the request a message answers. Certain: its {@code In-Reply-To} or {@code References} names the Message-ID
 * of a letter or reminder optout sent. Likely: it comes from one of the controller's domains (or a subdomain) and
 * names a reference optout recorded for the request (a case number, the request's id such as R3 in the subject) or
 * one of the user's own identifiers (e-mail address, account names); when several requests fit, none is chosen.
 * Otherwise there is no match: the message is listed, never attached.
 */
public final class ReplyMatcher {
    /** How sure a match is. */
    public enum Confidence {
        CERTAIN, LIKELY, NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A match, or none.
     *
     * @param request the request, or null for {@link Confidence#NONE}
     * @param why what matched, e.g. "In-Reply-To/References E3", "reference 4471", "your identifier in the text"
     */
    public record Match(Confidence confidence, TrackedRequest request, Message why) {
        static Match none(String why) {
            return new Match(Confidence.NONE, null, Message.of(why));
        }
    }

    private final Map<String, Set<String>> domainsByPlatform;
    private final List<String> userIdentifiers;

    /**
     * @param domainsByPlatform each platform's reply domains (see {@code Platform#replyDomainNames()})
     * @param userIdentifiers the user's e-mail address and account identifiers, from the profile
     */
    public ReplyMatcher(Map<String, Set<String>> domainsByPlatform, List<String> userIdentifiers) {
        this.domainsByPlatform = Map.copyOf(domainsByPlatform);
        this.userIdentifiers = userIdentifiers.stream().filter(s -> s != null && s.strip().length() >= 5)
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The Message-IDs optout sent (letters and reminders), bare, of {@code requests}. */
    public static Set<String> sentIds(List<TrackedRequest> requests) {
        Set<String> ids = new java.util.HashSet<>();
        for (TrackedRequest r : requests) {
            for (RequestEvent e : r.events()) {
                if (isSending(e) && e.reference() != null) {
                    ids.add(IncomingMail.bare(e.reference()));
                }
            }
        }
        return ids;
    }

    private static boolean isSending(RequestEvent e) {
        return e.type() == EventType.SENT || e.type() == EventType.REMINDER_SENT
                || e.type() == EventType.SEND_ATTEMPTED || e.type() == EventType.REMINDER_ATTEMPTED;
    }

    /**
     * The requests {@code mail} is or answers, as an indexed query: those with an event giving its Message-ID, or one
     * it answers, as reference. {@link #match} finds a certain match among them if there is one at all, and
     * {@link #sentIds} of them holds its Message-ID if optout sent it.
     */
    public static RequestQuery referenced(IncomingMail mail) {
        Set<String> ids = new java.util.TreeSet<>(mail.answers());
        if (mail.messageId() != null) {
            ids.add(mail.messageId());
        }
        return RequestQuery.referencing(ids);
    }

    /**
     * The objections to each platform {@code mail}'s sender's domain belongs to, as indexed queries: when none of
     * the {@link #referenced} requests matches it for certain, {@link #match} gives the same answer from these,
     * oldest first, as from every request, since no other request can pass its test of the sender's domain.
     */
    public List<RequestQuery> fromSender(IncomingMail mail) {
        String domain = mail.senderDomain();
        List<RequestQuery> queries = new ArrayList<>();
        domainsByPlatform.forEach((platform, domains) -> {
            if (domain != null && fromDomain(domain, domains)) {
                queries.add(RequestQuery.platform(platform).withKind(RequestKind.OBJECTION));
            }
        });
        return queries;
    }

    /** The request {@code mail} answers among {@code requests}, oldest first, and how sure that is. */
    public Match match(IncomingMail mail, List<TrackedRequest> requests) {
        for (TrackedRequest r : requests) {
            for (RequestEvent e : r.events()) {
                if (isSending(e) && e.reference() != null && mail.answers().contains(IncomingMail.bare(e.reference()))) {
                    return new Match(Confidence.CERTAIN, r, Message.of("match.in_reply_to", e.shortId()));
                }
            }
        }
        String domain = mail.senderDomain();
        if (domain == null) {
            return Match.none("match.no_sender");
        }
        String subject = mail.content().subject() == null ? "" : mail.content().subject();
        String text = (subject + "\n" + (mail.content().text() == null ? "" : mail.content().text()))
                .toLowerCase(Locale.ROOT);
        List<Match> strong = new ArrayList<>();
        List<Match> weak = new ArrayList<>();
        boolean fromController = false;
        for (TrackedRequest r : requests) {
            if (r.kind() != RequestKind.OBJECTION || r.sentOn().isEmpty() || r.status() == RequestStatus.CLOSED
                    || !fromDomain(domain, domainsByPlatform.getOrDefault(r.platform(), Set.of()))) {
                continue;
            }
            fromController = true;
            String reference = recordedReference(r, text);
            if (reference != null) {
                strong.add(new Match(Confidence.LIKELY, r, Message.of("match.reference", reference)));
            } else if (Pattern.compile("(?i)(?<![A-Za-z0-9])" + r.shortId() + "(?![0-9])").matcher(subject).find()) {
                strong.add(new Match(Confidence.LIKELY, r, Message.of("match.id_in_subject", r.shortId())));
            } else if (userIdentifiers.stream().anyMatch(text::contains)) {
                weak.add(new Match(Confidence.LIKELY, r, Message.of("match.identifier")));
            }
        }
        List<Match> found = strong.isEmpty() ? weak : strong;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            return Match.none("match.several");
        }
        return Match.none(fromController ? "match.nothing_names" : "match.foreign");
    }

    private static boolean fromDomain(String domain, Set<String> domains) {
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    /** A reference optout recorded for {@code r} (not a Message-ID) that the text names, or null. */
    private static String recordedReference(TrackedRequest r, String text) {
        for (RequestEvent e : r.events()) {
            String ref = e.reference();
            if (ref == null || ref.contains("@") || ref.strip().length() < 4 || isSending(e) && ref.startsWith("<")) {
                continue;
            }
            Pattern p = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(ref.strip().toLowerCase(Locale.ROOT))
                    + "(?![A-Za-z0-9])");
            if (p.matcher(text).find()) {
                return ref.strip();
            }
        }
        return null;
    }
}
