package org.optout.tracker;

import org.optout.catalogue.Channel;

/** A request to start tracking. */
public record NewRequest(String platform, RequestKind kind, String language, Channel channel,
                         String controllerCountry, String userCountry, Long parentId) {
}
