package org.optout.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optout.AppException;
import org.optout.campaign.Association;
import org.optout.campaign.AssociationCopy;
import org.optout.campaign.CampaignStore;
import org.optout.campaign.Member;
import org.optout.campaign.SignedMandate;
import org.optout.catalogue.Catalogue;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * The representative complaint of a campaign about one platform: the campaign's requests to it that were refused or
 * are overdue by the tracker's own rule, each with its member and its evidence (from the tracker's document store,
 * in the database for a shared tracker), handed to {@link CollectiveComplaintService}. The requests are read by
 * indexed queries per status (refused, and each status that awaits an answer); members who withdrew are left out.
 * Each member's signed mandate on record ({@code campaign mandates}) is enclosed as annex 2; the annex marks the
 * others as kept by the association.
 */
public final class CampaignComplaint {
    /** Members read per page. */
    private static final int PAGE = 1_000;

    private final CampaignStore campaigns;
    private final RequestStore requests;
    private final DocumentStore documents;
    private final CollectiveComplaintService service;

    public CampaignComplaint(CampaignStore campaigns, RequestStore requests, DocumentStore documents,
                             CollectiveComplaintService service) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.documents = documents;
        this.service = service;
    }

    /**
     * What was written.
     *
     * @param withdrawn the members concerned who withdrew from the campaign, left out (no further action for them)
     * @param complaint the complaint's PDF in the dossier folder
     * @param filing how to file it with the authority, one line each
     */
    public record Written(CollectiveComplaintService.Result result, int withdrawn, java.nio.file.Path complaint,
                          List<Message> filing) {
        public Written {
            filing = List.copyOf(filing);
        }
    }

    /**
     * Writes the complaint of {@code campaign} about {@code options.platformId()}.
     *
     * @throws AppException a usage error for an unknown campaign; invalid data (exit 3) when no request is refused
     *     or overdue, nothing written
     */
    public Written write(String campaign, Catalogue catalogue, CollectiveComplaintService.Options options,
                         LocalDate today) {
        CampaignStore.StoredCampaign stored = campaigns.campaign(campaign).orElseThrow(() -> AppException.usage(
                Message.of("error.campaign.unknown", campaign)));
        Association association = new AssociationCopy(stored.associationJson(), stored.associationSha256())
                .association();
        String platform = catalogue.platform(options.platformId()).id();
        RequestQuery query = RequestQuery.campaign(campaign).withPlatform(platform);
        Map<String, TrackedRequest> concerned = new HashMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            if (status == RequestStatus.REFUSED || status.awaitingAnswer()) {
                for (TrackedRequest request : requests.find(query.withStatus(status))) {
                    if (request.memberId() != null && (status == RequestStatus.REFUSED || request.overdue(today))) {
                        concerned.merge(request.memberId(), request, (a, b) -> a.id() < b.id() ? a : b);
                    }
                }
            }
        }
        if (concerned.isEmpty()) {
            throw AppException.invalidData(Message.of("error.collective.nobody", platform, requests.count(query)));
        }
        List<MemberRequest> members = new ArrayList<>();
        String after = "";
        for (List<Member> page = campaigns.members(campaign, after, PAGE); !page.isEmpty();
                page = campaigns.members(campaign, after, PAGE)) {
            Map<String, SignedMandate> copies = campaigns.signedMandates(campaign, page.stream()
                    .map(Member::memberId).filter(concerned::containsKey).toList());
            for (Member member : page) {
                TrackedRequest request = concerned.get(member.memberId());
                if (request != null) {
                    members.add(MemberRequest.of(member.memberId(), member.name(),
                            member.account(platform).orElse(null), request, member.mandateSignedOn(),
                            mandate(copies.get(member.memberId())), documents));
                }
            }
            after = page.get(page.size() - 1).memberId();
        }
        int withdrawn = concerned.size() - members.size();
        if (members.isEmpty()) {
            throw AppException.invalidData(Message.of("error.collective.all_withdrawn", platform, withdrawn));
        }
        members.sort(java.util.Comparator.comparing(MemberRequest::memberId));
        CollectiveComplaintService.Result result = service.write(association, members, catalogue, options);
        java.nio.file.Path complaint = result.folder().resolve(result.entries().stream()
                .filter(e -> e.role().equals("complaint")).findFirst().orElseThrow().file());
        return new Written(result, withdrawn, complaint, Filing.collective(result.authority(), complaint,
                result.folder(), result.zip(), association.representative().signature() == null));
    }

    /** The member's signed mandate on record as a dossier file (annex 2), read and checked when it is written. */
    private MemberRequest.Document mandate(SignedMandate copy) {
        if (copy == null) {
            return null;
        }
        return MemberRequest.Document.stored("mandate", copy.document(null, "mandate"), documents);
    }
}
