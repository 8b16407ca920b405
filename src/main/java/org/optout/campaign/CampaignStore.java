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
     * @param mandate the member's signed mandate copy, or null when none was recorded; it is kept (with its record)
     *     when {@code keptRequests} is not empty, since those requests were made under it, else its record is
     *     deleted (its bytes are the caller's to erase: see {@link #erasableMandate})
     */
    record Forgotten(List<WrittenDocument> erased, List<String> keptRequests, SignedMandate mandate) {
        public Forgotten {
            erased = List.copyOf(erased);
            keptRequests = List.copyOf(keptRequests);
        }

        /** Whether the member's signed mandate copy is kept for the legal claims already made. */
        public boolean mandateKept() {
            return mandate != null && !keptRequests.isEmpty();
        }
    }

    /**
     * Erases a member's personal data and the record of the documents written for them; the member stays as an id
     * and the date they withdrew, so that a later import does not add them again. Their signed mandate copy's record
     * is deleted too, unless a request was made for them.
     *
     * @return what was erased and kept, or empty if there is no such member still in the campaign
     */
    Optional<Forgotten> forget(String campaign, String memberId, LocalDate on);

    /** What recording a signed mandate did. */
    enum Recorded {
        /** the member had none: recorded */
        RECORDED,
        /** the member had another file, or the same with another date: replaced */
        REPLACED,
        /** the same file and date were recorded already: nothing changed */
        UNCHANGED
    }

    /**
     * Records {@code mandate} as the member's signed mandate (its bytes already in the document store), and sets the
     * member's mandate date to its {@code signedOn}, all in one transaction.
     *
     * @param memberSha256 the member's {@link Member#rowHash()} with that date
     * @return what changed, or empty when the member is not (or no longer) in the campaign
     */
    Optional<Recorded> recordMandate(String campaign, SignedMandate mandate, String memberSha256);

    /** The signed mandates recorded for those of {@code memberIds} that have one, by member id. */
    Map<String, SignedMandate> signedMandates(String campaign, java.util.Collection<String> memberIds);

    /** The member still in the campaign with this id, if any. */
    Optional<Member> member(String campaign, String memberId);

    /**
     * The member's signed mandate copy, when {@link #forget} will not keep it and nothing else refers to its bytes
     * (no request's evidence, no other member's copy): the bytes to erase from the document store.
     */
    Optional<SignedMandate> erasableMandate(String campaign, String memberId);
}
