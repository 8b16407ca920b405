package org.optout.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A data protection supervisory authority and how to lodge a complaint with it. Field meanings are documented
 * in {@code catalogue/schema/authority.schema.json}.
 */
public record Authority(
        String id,
        String shortName,
        Localized name,
        String country,
        List<String> address,
        String email,
        String phone,
        String website,
        List<ComplaintChannel> complaintChannels,
        List<String> languages,
        Requirements requirements,
        List<Note> notes,
        List<Source> sources,
        LocalDate lastVerified) {

    public Authority {
        address = List.copyOf(address);
        complaintChannels = List.copyOf(complaintChannels);
        languages = List.copyOf(languages);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** One way of lodging a complaint, and whether the authority accepts it. */
    public record ComplaintChannel(ChannelType type, Acceptance accepted, String url, String email, Localized note,
                                   Confidence confidence) {
    }

    /** The kind of complaint channel. */
    public enum ChannelType { WEB_FORM, POST, EMAIL, UPLOAD }

    /** Whether a channel is accepted for complaints. */
    public enum Acceptance { YES, NO, UNKNOWN }

    /** Formal requirements for a complaint to be admissible. */
    public record Requirements(boolean dated, boolean signed, boolean priorContact, Localized note,
                               Confidence confidence) {
    }
}
