package org.optout.tracker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which requests to read: every condition given (not null) must hold. Each is answered by an index, so a query
 * costs what its answer holds, not what the tracker holds.
 *
 * @param platform the platform's catalogue id, e.g. "linkedin"
 * @param campaign the campaign a request was made for (GDPR art. 80)
 * @param memberId the campaign member it was made for
 * @param status its current status
 * @param parentId the request it follows up (a reminder, a complaint)
 * @param id the request's own id
 * @param kind what it is (an objection, a complaint…)
 * @param messageIds Message-IDs, bare ({@link org.optout.mail.IncomingMail#bare}), one of which an event of the
 *     request must give as its reference (bare too): the requests a message answers or is; an empty set selects
 *     none
 */
public record RequestQuery(String platform, String campaign, String memberId, RequestStatus status, Long parentId,
                           Long id, RequestKind kind, Set<String> messageIds) {
    /** Every request. */
    public static final RequestQuery ALL = new RequestQuery(null, null, null, null, null, null, null, null);

    public RequestQuery {
        messageIds = messageIds == null ? null : Collections.unmodifiableSet(new TreeSet<>(messageIds));
    }

    /** The requests following up request {@code parentId}: its reminders and complaints. */
    public static RequestQuery followUps(long parentId) {
        return new RequestQuery(null, null, null, null, parentId, null, null, null);
    }

    /** Request {@code id} alone. */
    public static RequestQuery id(long id) {
        return new RequestQuery(null, null, null, null, null, id, null, null);
    }

    /** The requests of one platform. */
    public static RequestQuery platform(String platform) {
        return ALL.withPlatform(platform);
    }

    /** The requests in one status. */
    public static RequestQuery status(RequestStatus status) {
        return ALL.withStatus(status);
    }

    /** The requests made for one member of a campaign. */
    public static RequestQuery member(String campaign, String memberId) {
        return new RequestQuery(null, campaign, memberId, null, null, null, null, null);
    }

    /** The requests made in one campaign. */
    public static RequestQuery campaign(String campaign) {
        return new RequestQuery(null, campaign, null, null, null, null, null, null);
    }

    /**
     * The requests with an event whose reference is one of these bare Message-IDs (references are compared bare
     * too, {@link org.optout.mail.IncomingMail#bare}): those a message with these ids answers or is.
     */
    public static RequestQuery referencing(Collection<String> messageIds) {
        return new RequestQuery(null, null, null, null, null, null, null, new TreeSet<>(messageIds));
    }

    public RequestQuery withPlatform(String value) {
        return new RequestQuery(value, campaign, memberId, status, parentId, id, kind, messageIds);
    }

    public RequestQuery withStatus(RequestStatus value) {
        return new RequestQuery(platform, campaign, memberId, value, parentId, id, kind, messageIds);
    }

    public RequestQuery withKind(RequestKind value) {
        return new RequestQuery(platform, campaign, memberId, status, parentId, id, value, messageIds);
    }

    /** This query as a SQL condition on {@code r} (the requests table) and the values it binds, in order. */
    RequestRows.Filter filter() {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        add(conditions, values, "r.platform = ?", platform);
        add(conditions, values, "r.campaign = ?", campaign);
        add(conditions, values, "r.member_id = ?", memberId);
        add(conditions, values, "r.status = ?", status == null ? null : status.name());
        add(conditions, values, "r.parent_id = ?", parentId);
        add(conditions, values, "r.id = ?", id);
        add(conditions, values, "r.kind = ?", kind == null ? null : kind.name());
        if (messageIds != null) {
            conditions.add(messageIds.isEmpty() ? "1 = 0" : "r.id IN (SELECT k.request_id FROM event_message_keys k "
                    + "WHERE k.message_key IN (" + String.join(", ", Collections.nCopies(messageIds.size(), "?"))
                    + "))");
            values.addAll(messageIds);
        }
        return new RequestRows.Filter(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), values);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }
}
