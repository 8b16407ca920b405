package org.optout.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.AppPaths;
import org.optout.files.PrivateFiles;
import org.optout.profile.Interview.Question;
import org.optout.profile.Interview.Verdict;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;

/**
 * Writes a profile by asking the questions in the terminal. Each answer is checked as it is given, by the rule
 * the profile schema (and the loader, the catalogue, the letters) will apply to it; the profile and the copy of
 * the signature image are written together (owner-only, atomically) only once every answer is in and the whole
 * file has passed the schema, then read back through the normal loader.
 */
public final class ProfileWizard {
    /** Checks an image as letters will and gives its file name extension ("png" or "jpg"); throws if unusable. */
    @FunctionalInterface
    public interface ImageCheck {
        String extension(Path image);
    }

    /** What the wizard works with besides the conversation. */
    public record Setting(YamlDocuments documents, AppPaths paths, Countries countries, List<Platform> platforms,
                          ImageCheck images) {
    }

    private static final int ADDRESS_LINES = 5;

    private final Interview interview;
    private final Conversation conversation;
    private final Setting setting;

    public ProfileWizard(Conversation conversation, Setting setting) {
        this.conversation = conversation;
        this.setting = setting;
        this.interview = new Interview(conversation, setting.documents());
    }

    /** Asks the questions and writes the profile to {@code target}, which must not exist unless {@code force}. */
    public Profile run(Path target, boolean force) {
        if (Files.exists(target) && !force) {
            throw AppException.invalidData(Message.of("file.exists_force", "--out", target));
        }
        conversation.say("profile.intro");
        String name = interview.required(new Question("profile.ask.name"), interview.schema("/properties/name", "name"));
        String email = interview.required(new Question("profile.ask.email"),
                interview.schema("/properties/email", "email"));
        List<String> address = address();
        String country = interview.required(new Question("profile.ask.country"), answer -> setting.countries()
                .code(answer).map(Verdict::ok).orElseGet(() -> Verdict.no("profile.refused.country", answer)));
        conversation.note("profile.country.is", country,
                new Locale("", country).getDisplayCountry(conversation.language().locale()));
        Language language = interview.optional(new Question("profile.ask.language", Language.codes(),
                Language.defaultFor(country).code()), null, this::language);
        String place = interview.optional(new Question("profile.ask.place"), null,
                interview.schema("/properties/place", "place"));
        String phone = interview.optional(new Question("profile.ask.phone"), null,
                interview.schema("/properties/phone", "phone"));
        Path folder = target.toAbsolutePath().getParent();
        SignatureQuestion.Copy signature = new SignatureQuestion(interview, setting.paths(), setting.images())
                .ask(folder, force);
        Map<String, String> accounts = new AccountQuestions(interview, setting.platforms()).ask(email, phone);
        Language letters = language == null ? Language.defaultFor(country) : language;
        String situation = new SituationQuestion(interview).ask(letters);
        boolean special = interview.optional(new Question("profile.ask.special"), false, this::yesNo);

        ProfileLoader.ProfileFile file = new ProfileLoader.ProfileFile(name, email, address, country,
                language == null ? null : language.code(), place, phone, signature == null ? null : signature.name(),
                situation, special ? Boolean.TRUE : null, accounts.isEmpty() ? null : accounts);
        write(target, file, signature);
        return new ProfileLoader(setting.documents()).load(target);
    }

    private List<String> address() {
        conversation.say("profile.address.intro", ADDRESS_LINES);
        List<String> lines = new ArrayList<>();
        lines.add(interview.required(new Question("profile.ask.address_line", 1),
                interview.schema("/properties/postal_address/items", "address")));
        while (lines.size() < ADDRESS_LINES) {
            String line = interview.optional(new Question("profile.ask.address_line", lines.size() + 1), null,
                    interview.schema("/properties/postal_address/items", "address"));
            if (line == null) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private Verdict<Language> language(String answer) {
        String code = answer.toLowerCase(Locale.ROOT);
        if (setting.documents().check("profile", "/properties/language", code).isPresent()) {
            return Verdict.no("profile.refused.language", answer, Language.codes());
        }
        return Verdict.ok(Language.of(code).orElseThrow());
    }

    private Verdict<Boolean> yesNo(String answer) {
        String a = answer.toLowerCase(Locale.ROOT);
        if (a.matches("y|yes|o|oui|j|ja")) {
            return Verdict.ok(true);
        }
        return a.matches("n|no|non|nee|nein") ? Verdict.ok(false) : Verdict.no("profile.refused.yes_no");
    }

    /** Checks the whole file against the schema first, then writes it and the signature copy, all or nothing. */
    private void write(Path target, ProfileLoader.ProfileFile file, SignatureQuestion.Copy signature) {
        ObjectMapper yaml = yaml();
        setting.documents().map(yaml.valueToTree(file), target.toString(), "profile", ProfileLoader.ProfileFile.class);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (signature != null) {
            files.put(target.toAbsolutePath().getParent().resolve(signature.name()), signature.bytes());
        }
        try {
            files.put(target, yaml.writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a profile as YAML", e);
        }
        PrivateFiles.ensureWritableDirectory(target.toAbsolutePath().getParent(), "--out");
        PrivateFiles.writeAll(files);
    }

    private static ObjectMapper yaml() {
        return YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
    }
}
