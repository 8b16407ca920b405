package org.optout.tracker;

import java.util.List;
import java.util.Optional;

/** Where requests and their events are kept. Every change is one transaction; events are never changed. */
public interface RequestStore {
    /** Records a new request with its first event. */
    TrackedRequest create(NewRequest request, NewEvent first);

    /** Appends an event to request {@code id}. */
    TrackedRequest append(long id, NewEvent event);

    /** Appends {@code events} to request {@code id} in one transaction: all of them or none. */
    TrackedRequest appendAll(long id, List<NewEvent> events);

    /**
     * Runs {@code work} under the tracker's write lock, in one transaction: {@code work} is given every request as
     * it is at that moment and writes through {@link Writes}; no other process can write in between, so what
     * {@code work} checked still holds when its writes are committed. An exception thrown by {@code work} writes
     * nothing.
     *
     * @return what {@code work} returns
     */
    <T> T exclusively(Exclusive<T> work);

    /**
     * Like {@link #exclusively(Exclusive)}, but {@code work} is given only the requests {@code scope} selects (read
     * with an index), so that a decision about a few requests costs the same whatever the tracker holds. Its writes
     * must concern those requests only, or new ones that {@code scope} would select.
     */
    <T> T exclusively(RequestQuery scope, Exclusive<T> work);

    /** A decision taken under the tracker's write lock: see {@link #exclusively}. */
    interface Exclusive<T> {
        T run(List<TrackedRequest> current, Writes writes);
    }

    /** The writes of an {@link Exclusive}, committed together when it returns. */
    interface Writes {
        /** Records a new request with its first events; returns its id. */
        long create(NewRequest request, List<NewEvent> events);

        /** Appends {@code events} to request {@code id}; returns their ids, in order. */
        List<Long> append(long id, List<NewEvent> events);

        /** Records that a mailbox message or imported file was looked at (see {@link #seenMessages()}). */
        void seen(SeenMessage message);
    }

    /** Every message {@code optout inbox} or {@code requests import} has looked at, oldest first. */
    List<SeenMessage> seenMessages();

    /**
     * The request with this id, if there is one.
     *
     * @throws org.optout.AppException exit 4, naming the row, when the request's rows cannot be read
     */
    Optional<TrackedRequest> find(long id);

    /**
     * All requests, oldest first.
     *
     * @throws org.optout.AppException exit 4, naming the row, when a request's rows cannot be read
     */
    List<TrackedRequest> all();

    /** All requests, oldest first, those whose rows cannot be read set apart: for listings, which show the rest. */
    RequestList list();

    /**
     * The requests {@code query} selects, oldest first, read with a few indexed statements whatever their number.
     *
     * @throws org.optout.AppException exit 4, naming the row, when a request's rows cannot be read
     */
    List<TrackedRequest> find(RequestQuery query);

    /**
     * A page of the requests {@code query} selects: at most {@code limit} of them with an id above {@code afterId},
     * oldest first, with their events and documents, in three statements (no query per request); those whose rows
     * cannot be read set apart. The next page starts after the last id of this one.
     */
    RequestList page(RequestQuery query, long afterId, int limit);

    /** How many requests {@code query} selects, counted by the database. */
    long count(RequestQuery query);

    /**
     * How many requests {@code query} selects per platform and status, counted by the database in one grouped
     * statement (an index, no request read), by platform then status; pairs without a request are left out.
     */
    List<StatusCount> countByPlatformAndStatus(RequestQuery query);

    /**
     * How many requests {@code query} selects are overdue on {@code today} ({@link RequestStatus#overdue}), per
     * platform and status, counted by the database in one grouped statement from each request's kept due date.
     */
    List<StatusCount> countOverdue(RequestQuery query, java.time.LocalDate today);

    /**
     * How many requests {@code query} selects per platform and {@linkplain TrackedRequest#daysToAnswer() days to
     * answer}, counted by the database in one grouped statement from each request's kept figure (no request read),
     * by platform then days; requests not answered are left out.
     */
    List<DaysToAnswerCount> countDaysToAnswer(RequestQuery query);

    /**
     * How many requests made in {@code campaign} changed from one status to another
     * ({@link TrackedRequest#history()}) on each day up to {@code until}, counted by the database in one grouped
     * statement on an index from each request's kept changes (no request read), oldest day first.
     */
    List<StatusChangeCount> countStatusChanges(String campaign, java.time.LocalDate until);

    /**
     * The request a user named, as "R7" or "7".
     *
     * @throws org.optout.AppException a usage error when there is no such request
     */
    default TrackedRequest get(String shortId) {
        String digits = shortId.matches("(?i)r?\\d{1,12}") ? shortId.replaceFirst("(?i)^r", "") : null;
        return (digits == null ? Optional.<TrackedRequest>empty() : find(Long.parseLong(digits)))
                .orElseThrow(() -> org.optout.AppException.usage(
                        org.optout.ui.Message.of("error.unknown_request", shortId)));
    }
}
