package org.optout.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;

/** Reads and validates a profile file. */
public final class ProfileLoader {
    private final YamlDocuments documents;

    public ProfileLoader(YamlDocuments documents) {
        this.documents = documents;
    }

    /** Reads the profile at {@code file}; relative paths inside it are resolved against its folder. */
    public Profile load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Reads the profile at {@code file}.
     *
     * @param label how the file is named in error messages (the path as the user typed it)
     */
    public Profile load(Path file, String label) {
        ProfileFile raw = documents.read(file, label, "profile", ProfileFile.class);
        if (!Countries.isCode(raw.country)) {
            throw AppException.invalidData(Message.of("doc.in_field_of", label, "country",
                    Message.of("error.not_country", raw.country)));
        }
        Path signature = raw.signatureImage == null ? null
                : file.toAbsolutePath().getParent().resolve(raw.signatureImage).normalize();
        Language language = raw.language == null ? null : Language.of(raw.language).orElseThrow();
        return new Profile(raw.name.strip(), raw.email.strip(), raw.postalAddress.stream().map(String::strip).toList(),
                raw.country, language, strip(raw.place), strip(raw.phone), signature, strip(raw.situation),
                Boolean.TRUE.equals(raw.specialCategories), raw.accounts);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** The file as written, before resolution; the schema has already checked shapes and required keys. */
    record ProfileFile(String name, String email, @JsonProperty("postal_address") List<String> postalAddress,
                       String country, String language, String place, String phone,
                       @JsonProperty("signature_image") String signatureImage, String situation,
                       @JsonProperty("special_categories") Boolean specialCategories,
                       Map<String, String> accounts) {
    }
}
