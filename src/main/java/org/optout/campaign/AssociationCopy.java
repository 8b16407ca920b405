package org.optout.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.optout.AppException;
import org.optout.ExitCode;

/**
 * The copy of the association a campaign keeps in the tracker, as JSON with the signature image inside: letters are
 * written from it, so that volunteers sharing a tracker write the same letters without the association's files, and
 * a letter records which copy it was written from (its SHA-256).
 *
 * @param json the association as JSON (keys sorted, so that the same association always gives the same hash)
 * @param sha256 the SHA-256 of {@code json}
 */
public record AssociationCopy(String json, String sha256) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public static AssociationCopy of(Association association) {
        try {
            String json = JSON.writeValueAsString(association);
            return new AssociationCopy(json, Sha256.of(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an association is always writable as JSON", e);
        }
    }

    /** The association a stored copy holds; a copy that no longer reads is a storage failure. */
    public Association association() {
        if (!Sha256.of(json).equals(sha256)) {
            throw new AppException("the association stored with the campaign does not match its hash: the tracker "
                    + "was changed outside optout", ExitCode.DELIVERY);
        }
        try {
            return JSON.readValue(json, Association.class);
        } catch (JsonProcessingException e) {
            throw new AppException("the association stored with the campaign cannot be read ("
                    + e.getOriginalMessage() + ")", ExitCode.DELIVERY, e);
        }
    }
}
