package org.optout.campaign;

import java.util.List;

/**
 * The members {@code campaign send} works through, a small batch at a time, in member id order, so that memory stays
 * flat whatever their number. Several senders, on one machine or several, share one campaign: on a shared tracker
 * (PostgreSQL) a batch's members are locked for its sender until the batch is closed, and another sender skips them
 * without waiting ({@code SELECT … FOR UPDATE SKIP LOCKED}); on a SQLite tracker a batch locks nothing, and each
 * member is claimed by recording the attempt under the tracker's write lock. Either way, the tracker holds at most
 * one objection per member and platform.
 */
public interface SendQueue {
    /** Adds the members to send to on {@code platform} (mandate signed, not withdrawn) to the queue, if not there. */
    void fill(String campaign, String platform);

    /**
     * The next members to send to on {@code platform}: still in the campaign, mandate signed, with an id after
     * {@code afterId} ("" for the first batch), at most {@code limit} of them, none that another sender holds.
     */
    Batch next(String campaign, String platform, String afterId, int limit);

    /** The platforms {@code campaign send} has sent to (or started to) in this campaign, by id. */
    List<String> platforms(String campaign);

    /** Whether the member is still in the campaign with a signed mandate (it may have withdrawn meanwhile). */
    boolean sendable(String campaign, String memberId);

    /** Members held by one sender until {@link #close()}. */
    interface Batch extends AutoCloseable {
        /** The members, by id; empty when the queue is done. */
        List<Member> members();

        /** Releases the members (on a shared tracker, commits the transaction holding their locks). */
        @Override
        void close();
    }
}
