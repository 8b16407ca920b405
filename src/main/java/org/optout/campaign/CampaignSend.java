package org.optout.campaign;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterTemplates;
import org.optout.mail.MailException;
import org.optout.mail.Mailer;
import org.optout.tracker.DocumentStore;
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
     * @param signed members with a signed mandate; {@code alreadySent}: those whose objection was sent already
     * @param signedCopies members whose signed mandate is on record (attached to their message)
     * @param sample the first member's message, or null when there is none to send
     */
    public record Preview(InternetAddress from, InternetAddress to, long signed, long alreadySent,
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
        Sample sample = firstSigned(request.campaign()).map(m -> sender.sample(m, campaigns.signedMandates(
                request.campaign(), List.of(m.memberId())).get(m.memberId()))).orElse(null);
        CampaignStatus status = campaigns.status(request.campaign());
        return new Preview(sender.from(), request.to(), status.mandatesSigned(),
                sender.alreadySent(request.campaign(), request.platform().id()), status.signedCopies(), sample);
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
