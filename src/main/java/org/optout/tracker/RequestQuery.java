package org.optout.tracker;

import java.util.ArrayList;
import java.util.List;

/**
 * Which requests to read: every condition given (not null) must hold. Each is answered by an index of
 * {@code requests}, so a query costs what its answer holds, not what the tracker holds.
 *
 * @param platform the platform's catalogue id, e.g. "linkedin"
 * @param campaign the campaign a request was made for (GDPR art. 80)
 * @param memberId the campaign member it was made for
 * @param status its current status
 * @param parentId the request it follows up (a reminder, a complaint)
 */
public record RequestQuery(String platform, String campaign, String memberId, RequestStatus status, Long parentId) {
    /** Every request. */
    public static final RequestQuery ALL = new RequestQuery(null, null, null, null, null);

    /** The requests following up request {@code parentId}: its reminders and complaints. */
    public static RequestQuery followUps(long parentId) {
        return new RequestQuery(null, null, null, null, parentId);
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
        return new RequestQuery(null, campaign, memberId, null, null);
    }

    /** The requests made in one campaign. */
    public static RequestQuery campaign(String campaign) {
        return new RequestQuery(null, campaign, null, null, null);
    }

    public RequestQuery withPlatform(String value) {
        return new RequestQuery(value, campaign, memberId, status, parentId);
    }

    public RequestQuery withStatus(RequestStatus value) {
        return new RequestQuery(platform, campaign, memberId, value, parentId);
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
        return new RequestRows.Filter(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), values);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }
}
