package org.optout.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.optout.tracker.NewEvent;
import org.optout.tracker.NewRequest;
import org.optout.tracker.RequestList;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStore;
import org.optout.tracker.SeenMessage;
import org.optout.tracker.StatusCount;
import org.optout.tracker.TrackedRequest;

/** A tracker that counts the requests read from it, whichever way, and passes everything on to the real one. */
final class CountingStore implements RequestStore {
    private final RequestStore store;
    private long read;

    CountingStore(RequestStore store) {
        this.store = store;
    }

    /** How many requests were read since the last call (one request read twice counts twice). */
    long takeRead() {
        long n = read;
        read = 0;
        return n;
    }

    private <T extends List<?>> T counted(T requests) {
        read += requests.size();
        return requests;
    }

    @Override
    public TrackedRequest create(NewRequest request, NewEvent first) {
        return store.create(request, first);
    }

    @Override
    public TrackedRequest append(long id, NewEvent event) {
        return store.append(id, event);
    }

    @Override
    public TrackedRequest appendAll(long id, List<NewEvent> events) {
        return store.appendAll(id, events);
    }

    @Override
    public <T> T exclusively(RequestQuery scope, Exclusive<T> work) {
        return store.exclusively(scope, (current, writes) -> work.run(counted(current), writes));
    }

    @Override
    public void seen(List<SeenMessage> messages) {
        store.seen(messages);
    }

    @Override
    public List<SeenMessage> seenMessages() {
        return store.seenMessages();
    }

    @Override
    public Optional<TrackedRequest> find(long id) {
        Optional<TrackedRequest> found = store.find(id);
        read += found.isPresent() ? 1 : 0;
        return found;
    }

    @Override
    public RequestList list() {
        RequestList list = store.list();
        read += list.readable().size() + list.unreadable().size();
        return list;
    }

    @Override
    public List<TrackedRequest> find(RequestQuery query) {
        return counted(store.find(query));
    }

    @Override
    public RequestList page(RequestQuery query, long afterId, int limit) {
        RequestList page = store.page(query, afterId, limit);
        read += page.readable().size() + page.unreadable().size();
        return page;
    }

    @Override
    public long count(RequestQuery query) {
        return store.count(query);
    }

    @Override
    public List<StatusCount> countByPlatformAndStatus(RequestQuery query) {
        return store.countByPlatformAndStatus(query);
    }

    @Override
    public List<StatusCount> countOverdue(RequestQuery query, LocalDate today) {
        return store.countOverdue(query, today);
    }

    @Override
    public List<org.optout.tracker.DaysToAnswerCount> countDaysToAnswer(RequestQuery query) {
        return store.countDaysToAnswer(query);
    }

    @Override
    public List<org.optout.tracker.StatusChangeCount> countStatusChanges(String campaign, LocalDate until) {
        return store.countStatusChanges(campaign, until);
    }
}
