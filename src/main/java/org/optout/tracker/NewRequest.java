package org.optout.tracker;

/** A request to start tracking. */
public record NewRequest(String platform, RequestKind kind, String language, RequestChannel channel,
                         String controllerCountry, String userCountry, Long parentId) {
}
