package org.optout.campaign;

import java.util.List;

/**
 * The figures of a campaign.
 *
 * @param members members still in the campaign
 * @param withdrawn members who withdrew ({@code campaign forget})
 * @param mandatesSigned members with a signed mandate
 * @param mandatesWritten mandate documents written for members to sign
 * @param signedCopies members whose signed mandate is on record ({@code campaign mandates})
 * @param platforms the objections written, by platform (sorted by platform id)
 */
public record CampaignStatus(String campaign, long members, long withdrawn, long mandatesSigned, long mandatesWritten,
                             long signedCopies, List<PlatformCount> platforms) {
    public CampaignStatus {
        platforms = List.copyOf(platforms);
    }

    /** The objections written to one platform. */
    public record PlatformCount(String platform, long lettersWritten) {
    }
}
