package org.optout.tracker;

import org.optout.catalogue.Channel;

/**
 * A request to start tracking.
 *
 * @param campaign the campaign it is made in for a member of an association (GDPR art. 80), or null
 * @param memberId the member it is made for, or null
 */
public record NewRequest(String platform, RequestKind kind, String language, Channel channel,
                         String controllerCountry, String userCountry, Long parentId, String campaign,
                         String memberId) {
    /** A person's own request, made in no campaign. */
    public NewRequest(String platform, RequestKind kind, String language, Channel channel, String controllerCountry,
                      String userCountry, Long parentId) {
        this(platform, kind, language, channel, controllerCountry, userCountry, parentId, null, null);
    }
}
