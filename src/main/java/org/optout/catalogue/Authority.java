package org.optout.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A data protection supervisory authority and how to lodge a complaint with it. Field meanings are documented
 * in {@code catalogue/schema/authority.schema.json}.
 *
 * @param addressIn the address as written in other languages, by language code (e.g. Dutch for the APD/GBA)
 * @param region the ISO 3166-2 part of the country it covers (a German Land), or null for a national authority
 * @param confidence how well its identity, address and complaint channels are sourced
 * @param form the fields of its online complaint form, or null
 */
public record Authority(
        String id,
        String shortName,
        Localized name,
        String country,
        String region,
        List<String> address,
        java.util.Map<String, List<String>> addressIn,
        String email,
        String phone,
        String website,
        List<ComplaintChannel> complaintChannels,
        Form form,
        List<String> languages,
        Requirements requirements,
        List<Note> notes,
        List<Source> sources,
        Confidence confidence,
        LocalDate lastVerified) {

    public Authority {
        address = List.copyOf(address);
        addressIn = addressIn == null ? java.util.Map.of() : java.util.Map.copyOf(addressIn);
        complaintChannels = List.copyOf(complaintChannels);
        languages = List.copyOf(languages);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = List.copyOf(sources);
        confidence = confidence == null ? Confidence.UNCONFIRMED : confidence;
    }

    /** Its address as written in {@code language}: the authority's own version where it gives one. */
    public List<String> addressIn(Language language) {
        return addressIn.getOrDefault(language.code(), address);
    }

    /** Whether it is the authority for the whole of its country (a resident's default), not for one region. */
    public boolean national() {
        return region == null;
    }

    /** Its complaint channel of this type, if it lists one. */
    public Optional<ComplaintChannel> channel(ChannelType type) {
        return complaintChannels.stream().filter(c -> c.type() == type).findFirst();
    }

    /**
     * One way of lodging a complaint, and whether the authority accepts it.
     *
     * @param accepts the file types it takes as attachments or uploads, where a source says
     * @param maxUploadMb the largest upload, in megabytes, or null when no source says
     */
    public record ComplaintChannel(ChannelType type, Acceptance accepted, String url, String email, Localized note,
                                   List<String> accepts, Double maxUploadMb, Confidence confidence) {
        public ComplaintChannel {
            accepts = accepts == null ? List.of() : List.copyOf(accepts);
        }
    }

    /** The kind of complaint channel. */
    public enum ChannelType { WEB_FORM, POST, EMAIL, UPLOAD }

    /** Whether a channel is accepted for complaints. */
    public enum Acceptance { YES, NO, UNKNOWN }

    /** Formal requirements for a complaint to be admissible. */
    public record Requirements(boolean dated, boolean signed, boolean priorContact, Localized note,
                               Confidence confidence) {
    }

    /** The authority's online complaint form, field by field. */
    public record Form(String url, List<FormField> fields, Localized note, Confidence confidence) {
        public Form {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a complaint form.
     *
     * @param key what optout writes into it (see the schema's enum)
     * @param maxChars the field's length limit, or null
     */
    public record FormField(String key, Localized label, Integer maxChars) {
    }
}
