package org.optout.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.optout.catalogue.Language;
import org.optout.catalogue.Localized;

/**
 * Typical "particular situations" (GDPR art. 21(1)) that {@code profile init} offers to choose and edit, from
 * {@code profile/situations.yaml} on the class path: a title and a paragraph in each language.
 */
public final class Situations {
    private Situations() {
    }

    /** One typical situation. */
    public record Situation(String id, Localized title, String fr, String en, String nl, String de) {
        /** The paragraph in {@code language}. */
        public String text(Language language) {
            return new Localized(fr, en, nl, de).in(language);
        }
    }

    /** Every situation, in the file's order. */
    public static List<Situation> all() {
        try (InputStream in = Situations.class.getClassLoader().getResourceAsStream("profile/situations.yaml")) {
            if (in == null) {
                throw new IllegalStateException("optout is incomplete: profile/situations.yaml is missing");
            }
            return List.copyOf(new YAMLMapper().readValue(in, new TypeReference<List<Situation>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
