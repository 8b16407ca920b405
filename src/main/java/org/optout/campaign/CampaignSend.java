package org.optout.campaign;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterTemplates;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.RequestList;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStore;
import org.optout.ui.Message;

/**
 * {@code campaign send}: emails each member's objection to one platform, written by the association on the member's
 * behalf and under their mandate, the mandate attached, From and Reply-To the association, to the platform's
 * address in the catalogue; only for members still in the campaign with a signed mandate. Members are taken from the
 * {@link SendQueue} a few at a time (memory stays flat), and each message is a tracked request of its member, sent
 * as {@code send} sends (see {@link MemberSend}): exactly once, whatever the number of senders sharing the campaign.
 */
public final class CampaignSend {
    /** Members held at once by one sender: small, so that a stopped or killed sender holds few. */
    static final int BATCH = 8;

    private final CampaignStore campaigns;
    private final SendQueue queue;
    private final RequestStore requests;
    private final DocumentStore documents;
    private final LetterTemplates templates;
    private final Clock clock;
    private final Pace.Timer timer;

    public CampaignSend(CampaignStore campaigns, SendQueue queue, RequestStore requests, DocumentStore documents,
                        LetterTemplates templates, Clock clock, Pace.Timer timer) {
        this.campaigns = campaigns;
        this.queue = queue;
        this.requests = requests;
        this.documents = documents;
        this.templates = templates;
        this.clock = clock;
        this.timer = timer;
    }

    /**
     * What to send.
     *
     * @param to the platform's address from the catalogue
     * @param perMinute the rate, or 0 for no pacing
     * @param resend send again a message whose delivery is unknown
     * @param requireSignedCopy send only to the members whose signed mandate is on record ({@code campaign
     *     mandates}); without it, a member without one is sent the mandate form, as the letters were written
     */
    public record Request(String campaign, Platform platform, InternetAddress to, int perMinute, boolean resend,
                          boolean requireSignedCopy) {
    }

    /** Told about each member as it is done (for progress, and a line for each failure). */
    @FunctionalInterface
    public interface Listener {
        void done(String memberId, String requestId, SendTally.Outcome outcome, MailException error);
    }

    /**
     * What the first message will be, and the figures, before anything is sent (for the question at a terminal, and
     * {@code --dry-run}); reads only.
     *
     * @param signed the members who may be sent to: with a signed mandate, or with its signed copy on record when
     *     one is required; {@code alreadySent}: those of them whose objection was sent already
     * @param toSend the members the run would send to
     * @param signedCopies members whose signed mandate is on record (attached to their message)
     * @param sample the first member's message, or null when there is none to send
     */
    public record Preview(InternetAddress from, InternetAddress to, long signed, long alreadySent, long toSend,
                          long signedCopies, Sample sample) {
    }

    /** What one member's message is, for the preview: its subject and attachments' names. */
    public record Sample(String subject, List<String> attachments) {
        public Sample {
            attachments = List.copyOf(attachments);
        }
    }

    public Preview preview(Request request) {
        MemberSend sender = sender(request);
        CampaignStatus status = campaigns.status(request.campaign());
        if (request.requireSignedCopy()) {
            return previewWithCopies(request, sender, status);
        }
        Sample sample = firstSigned(request.campaign()).map(m -> sender.sample(m, campaigns.signedMandates(
                request.campaign(), List.of(m.memberId())).get(m.memberId()))).orElse(null);
        long alreadySent = sender.alreadySent(request.campaign(), request.platform().id());
        return new Preview(sender.from(), request.to(), status.mandatesSigned(), alreadySent,
                Math.max(0, status.mandatesSigned() - alreadySent), status.signedCopies(), sample);
    }

    /**
     * The preview of a run that sends only to members whose signed copy is on record: those members are counted a
     * page at a time, and the sample is the first of them not yet sent to.
     */
    private Preview previewWithCopies(Request request, MemberSend sender, CampaignStatus status) {
        Set<String> sent = sentMembers(request.campaign(), request.platform().id());
        long withCopy = 0;
        long withCopySent = 0;
        Sample sample = null;
        String after = "";
        for (List<Member> page = campaigns.members(request.campaign(), after, 100); !page.isEmpty();
             page = campaigns.members(request.campaign(), after, 100)) {
            List<String> signed = page.stream().filter(m -> m.mandateSignedOn() != null).map(Member::memberId)
                    .toList();
            Map<String, SignedMandate> copies = signed.isEmpty() ? Map.of()
                    : campaigns.signedMandates(request.campaign(), signed);
            for (Member member : page) {
                SignedMandate copy = copies.get(member.memberId());
                if (member.mandateSignedOn() == null || copy == null) {
                    continue;
                }
                withCopy++;
                if (sent.contains(member.memberId())) {
                    withCopySent++;
                } else if (sample == null) {
                    sample = sender.sample(member, copy);
                }
            }
            after = page.get(page.size() - 1).memberId();
        }
        return new Preview(sender.from(), request.to(), withCopy, withCopySent, withCopy - withCopySent,
                status.signedCopies(), sample);
    }

    /** The members whose objection to {@code platform} was sent in this campaign (a page of requests at a time). */
    private Set<String> sentMembers(String campaign, String platform) {
        Set<String> sent = new HashSet<>();
        RequestQuery query = RequestQuery.campaign(campaign).withPlatform(platform);
        long after = 0;
        for (RequestList page = requests.page(query, after, 500); !page.readable().isEmpty();
             page = requests.page(query, after, 500)) {
            page.readable().stream().filter(MemberSend::wasSent).forEach(r -> sent.add(r.memberId()));
            after = page.readable().get(page.readable().size() - 1).id();
        }
        return sent;
    }

    /** The first member with a signed mandate, read a page at a time (nothing written: a preview changes nothing). */
    private java.util.Optional<Member> firstSigned(String campaign) {
        String after = "";
        for (List<Member> page = campaigns.members(campaign, after, 100); !page.isEmpty();
             page = campaigns.members(campaign, after, 100)) {
            java.util.Optional<Member> signed = page.stream().filter(m -> m.mandateSignedOn() != null).findFirst();
            if (signed.isPresent()) {
                return signed;
            }
            after = page.get(page.size() - 1).memberId();
        }
        return java.util.Optional.empty();
    }

    /**
     * Sends to every member in the queue, until the end or until {@code stop} says so (then after the message in
     * flight). A server that cannot be reached stops the run (exit 4): nothing was sent to the member concerned.
     */
    public SendTally send(Request request, Supplier<Mailer> mailer, Listener listener, BooleanSupplier stop) {
        MemberSend sender = sender(request);
        String platform = request.platform().id();
        queue.fill(request.campaign(), platform);
        Map<SendTally.Outcome, Integer> counts = new EnumMap<>(SendTally.Outcome.class);
        int withoutCopy = 0;
        List<String> noCopy = new java.util.ArrayList<>();
        Pace pace = new Pace(request.perMinute(), timer, stop);
        Mailer connected = null;
        MailException unreachable = null;
        boolean stopped = false;
        String after = "";
        while (!stopped) {
            try (SendQueue.Batch batch = queue.next(request.campaign(), platform, after, BATCH)) {
                List<Member> members = batch.members();
                if (members.isEmpty()) {
                    break;
                }
                Map<String, SignedMandate> copies = campaigns.signedMandates(request.campaign(),
                        members.stream().map(Member::memberId).toList());
                for (Member member : members) {
                    if (stop.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    if (connected == null) {
                        connected = mailer.get();
                    }
                    MemberSend.Done done;
                    try {
                        done = sender.send(member, copies.get(member.memberId()), connected, pace);
                    } catch (MailException e) {
                        unreachable = e;
                        done = null;
                    }
                    if (done == null) {
                        stopped = true;
                        break;
                    }
                    counts.merge(done.outcome(), 1, Integer::sum);
                    if (done.outcome() == SendTally.Outcome.SENT && !copies.containsKey(member.memberId())) {
                        withoutCopy++;
                    }
                    if (done.outcome() == SendTally.Outcome.NO_SIGNED_COPY && noCopy.size() < SendTally.NAMED) {
                        noCopy.add(member.memberId());
                    }
                    listener.done(member.memberId(), done.requestId(), done.outcome(), done.error());
                    after = member.memberId();
                }
            }
        }
        CampaignStatus status = campaigns.status(request.campaign());
        return new SendTally(counts, status.members() - status.mandatesSigned(), status.withdrawn(), stopped,
                unreachable, withoutCopy, noCopy);
    }

    private MemberSend sender(Request request) {
        CampaignStore.StoredCampaign campaign = campaigns.campaign(request.campaign()).orElseThrow(
                () -> AppException.usage(Message.of("error.campaign.unknown", request.campaign())));
        Association association = new AssociationCopy(campaign.associationJson(), campaign.associationSha256())
                .association();
        LocalDate today = LocalDate.now(clock);
        MandatedLetters letters = new MandatedLetters(templates, association, List.of(request.platform()), today);
        return new MemberSend(request, association, letters, queue, requests, documents, clock);
    }
}
