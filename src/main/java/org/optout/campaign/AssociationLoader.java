package org.optout.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.letter.SignatureImage;
import org.optout.pdf.LetterFont;
import org.optout.schema.YamlDocuments;

/**
 * Reads {@code association.yaml}: validated against {@code association.schema.json}, every text the letters cite
 * present in every language the association writes, everything printable with the letter font, and the signature
 * image (relative to the file) checked and read. Each problem is one line naming the file and the field.
 */
public final class AssociationLoader {
    private final YamlDocuments documents;

    public AssociationLoader(YamlDocuments documents) {
        this.documents = documents;
    }

    /** The file as written, mapped by Jackson after schema validation (snake_case keys). */
    record AssociationFile(String name, Object legalForm, String registrationNumber, List<String> postalAddress,
                           String country, String email, RepresentativeFile representative, Article80File article_80,
                           List<String> languages) {
    }

    record RepresentativeFile(String name, Map<String, String> role, String signatureImage) {
    }

    record Article80File(boolean notForProfit, Map<String, String> statutoryObjectives,
                         Map<String, String> dataProtectionActivity) {
    }

    /**
     * Loads and checks the association.
     *
     * @param label how the file is named in errors (the path as the user gave it)
     */
    public Association load(Path file, String label) {
        AssociationFile raw = documents.read(file, label, "association", AssociationFile.class);
        List<Language> languages = raw.languages().stream().map(code -> Language.of(code).orElseThrow()).toList();
        Map<String, String> legalForms = raw.legalForm() instanceof Map<?, ?> byLanguage ? texts(byLanguage) : null;
        for (Language language : languages) {
            if (legalForms != null) {
                requireText(legalForms, language, label, "legal_form");
            }
            requireText(raw.representative().role(), language, label, "representative.role");
            requireText(raw.article_80().statutoryObjectives(), language, label, "article_80.statutory_objectives");
            requireText(raw.article_80().dataProtectionActivity(), language, label,
                    "article_80.data_protection_activity");
        }
        String legalForm = legalForms == null ? (String) raw.legalForm() : legalForms.get(languages.get(0).code());
        printable(raw, legalForm, legalForms, label);
        String signature = null;
        if (raw.representative().signatureImage() != null) {
            Path image = file.toAbsolutePath().getParent().resolve(raw.representative().signatureImage());
            signature = SignatureImage.dataUri(image, label + ": representative");
        }
        return new Association(raw.name(), legalForm, raw.registrationNumber(), raw.postalAddress(),
                raw.country(), raw.email(),
                new Association.Representative(raw.representative().name(), raw.representative().role(), signature),
                new Association.Article80(raw.article_80().notForProfit(), raw.article_80().statutoryObjectives(),
                        raw.article_80().dataProtectionActivity()),
                languages, legalForms);
    }

    /** A map the schema has checked to hold texts by language code. */
    private static Map<String, String> texts(Map<?, ?> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
        return texts;
    }

    private static void requireText(Map<String, String> texts, Language language, String label, String field) {
        if (!texts.containsKey(language.code())) {
            throw AppException.invalidData(label + ": field `" + field + "." + language.code() + "` is missing (the "
                    + "association writes letters in " + language.code() + ", see `languages`)");
        }
    }

    private static void printable(AssociationFile raw, String legalForm, Map<String, String> legalForms,
                                  String label) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", raw.name());
        if (legalForms == null) {
            fields.put("legal_form", legalForm);
        } else {
            legalForms.forEach((k, v) -> fields.put("legal_form." + k, v));
        }
        fields.put("registration_number", raw.registrationNumber());
        List<String> address = new ArrayList<>(raw.postalAddress());
        for (int i = 0; i < address.size(); i++) {
            fields.put("postal_address[" + i + "]", address.get(i));
        }
        fields.put("representative.name", raw.representative().name());
        raw.representative().role().forEach((k, v) -> fields.put("representative.role." + k, v));
        raw.article_80().statutoryObjectives().forEach((k, v) -> fields.put("article_80.statutory_objectives." + k, v));
        raw.article_80().dataProtectionActivity()
                .forEach((k, v) -> fields.put("article_80.data_protection_activity." + k, v));
        fields.forEach((field, value) -> LetterFont.firstUndrawable(value).ifPresent(cp -> {
            throw AppException.invalidData(String.format("%s: field `%s`: the character '%s' (U+%04X) cannot be "
                    + "printed with the letter font (%s)", label, field, Character.toString(cp), cp,
                    LetterFont.FAMILY));
        }));
    }
}
