package org.optout.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where campaigns are kept: the campaign and a copy of its association, its members (added and updated, never
 * deleted; a member who withdraws is kept only as an id and a date), and the documents written for each member.
 * Implemented in the tracker, the only package that knows SQL.
 */
public interface CampaignStore {

    /**
     * A campaign as stored.
     *
     * @param associationJson the copy of the association taken at the last {@code init} (see {@link AssociationCopy})
     * @param associationSha256 its SHA-256
     * @param outDirectory where its letters were last written (absolute), or null before the first run
     */
    record StoredCampaign(String name, String associationJson, String associationSha256, String outDirectory) {
    }

    /** What an import did. {@code withdrawn}: rows of members who withdrew, left out. */
    record ImportCounts(int added, int updated, int unchanged, int withdrawn) {
    }

    /** Feeds the members of an import to the store; returns whether to keep them (commit) or drop them all. */
    @FunctionalInterface
    interface MemberSource {
        boolean feed(Consumer<Member> sink);
    }

    /**
     * Creates the campaign or replaces its association copy, and adds or updates the members {@code source} feeds,
     * all in one transaction, kept only if {@code source} says so.
     */
    ImportCounts importMembers(String campaign, String associationJson, String associationSha256, MemberSource source);

    Optional<StoredCampaign> campaign(String name);

    /** Records where the campaign's letters are written. */
    void recordOutDirectory(String campaign, String outDirectory);

    /** The number of members still in the campaign (not withdrawn). */
    long activeMembers(String campaign);

    /** Up to {@code limit} members still in the campaign with an id after {@code afterId} ("" for the first), by id. */
    List<Member> members(String campaign, String afterId, int limit);

    /**
     * A document written for a member.
     *
     * @param platform the platform of an objection, "" for the mandate
     * @param file the file's name in the member's folder
     * @param memberSha256 the member's {@link Member#rowHash()} when it was written
     * @param associationSha256 the association copy's hash when it was written
     */
    record WrittenDocument(String memberId, DocumentKind kind, String platform, String language, String file,
                           String sha256, String memberSha256, String associationSha256) {
    }

    /** The documents written for the members whose id is after {@code afterId} and at most {@code lastId}. */
    Map<String, List<WrittenDocument>> written(String campaign, String afterId, String lastId);

    /** Records (or replaces, by member, kind and platform) documents written. */
    void recordWritten(String campaign, List<WrittenDocument> documents);

    /** The figures of {@code optout campaign status}. */
    CampaignStatus status(String campaign);

    /**
     * What {@link #forget} did.
     *
     * @param erased the documents that were recorded for the member (their files are the caller's to delete)
     * @param keptRequests the member's requests already sent, kept with their evidence for the legal claims they
     *     support (GDPR art. 17(3)(e)), as request ids
     */
    record Forgotten(List<WrittenDocument> erased, List<String> keptRequests) {
        public Forgotten {
            erased = List.copyOf(erased);
            keptRequests = List.copyOf(keptRequests);
        }
    }

    /**
     * Erases a member's personal data and the record of the documents written for them; the member stays as an id
     * and the date they withdrew, so that a later import does not add them again.
     *
     * @return what was erased and kept, or empty if there is no such member still in the campaign
     */
    Optional<Forgotten> forget(String campaign, String memberId, LocalDate on);
}
