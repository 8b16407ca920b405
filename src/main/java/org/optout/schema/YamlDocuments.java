package org.optout.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;
import org.optout.ui.Texts;

/**
 * Reads YAML data files (catalogue entries, the user profile) into records, after validating them against the
 * project's JSON Schemas. Every failure becomes one line naming the file, and the line or field at fault.
 */
public final class YamlDocuments {
    private static final String SCHEMA_BASE = "https://optout.org/schema/";
    private static final long MAX_SIZE = 1_000_000;

    static {
        // Jackson's parsers need BigDecimal, whose class initialisation computes 5^65536 on Java 25: tens of
        // milliseconds of one core before the first file can be parsed. Begun here, on another thread, it overlaps
        // with building the mapper and the schema factory; a parser that needs it sooner waits for it. It needs no
        // class that this thread may be initialising meanwhile, so the two cannot wait on each other.
        Thread numbers = new Thread(() -> BigDecimal.ONE.signum(), "optout-number-set-up");
        numbers.setDaemon(true);
        numbers.start();
    }

    private final ObjectMapper mapper;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public YamlDocuments() {
        YAMLFactory yaml = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.mapper = YAMLMapper.builder(yaml)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m
                        .mapPrefix(SCHEMA_BASE + "profile", "classpath:profile/profile")
                        .mapPrefix(SCHEMA_BASE + "config", "classpath:profile/config")
                        .mapPrefix(SCHEMA_BASE + "association", "classpath:campaign/association")
                        .mapPrefix(SCHEMA_BASE, "classpath:catalogue/schema/")));
        this.config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
    }

    /**
     * Reads {@code file}, validates it against the schema named {@code schemaName} (e.g. "platform") and maps
     * it to {@code type}.
     *
     * @param label how the file is named in error messages
     */
    public <T> T read(Path file, String label, String schemaName, Class<T> type) {
        return map(parse(file, label), label, schemaName, type);
    }

    /**
     * Maps YAML that is already known to be valid (the catalogue bundled in optout, which the build validates against
     * its schemas) to {@code type}, without validating it again.
     */
    public <T> T readPrevalidated(byte[] yaml, String label, Class<T> type) {
        return convert(parse(yaml, label), label, type);
    }

    /** As {@link #readPrevalidated(byte[], String, Class)}, for a file. */
    public <T> T readPrevalidated(Path file, String label, Class<T> type) {
        return readPrevalidated(readBytes(file, label), label, type);
    }

    /** Parses {@code file} as YAML into a tree, without validation. */
    public JsonNode parse(Path file, String label) {
        return parse(readBytes(file, label), label);
    }

    private JsonNode parse(byte[] bytes, String label) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw AppException.invalidData(Message.of("doc.empty", label));
            }
            if (!node.isObject()) {
                throw AppException.invalidData(Message.of("doc.not_mapping", label));
            }
            return node;
        } catch (JsonProcessingException e) {
            // the parser's own words say what is wrong: they are quoted as it wrote them
            throw AppException.invalidData(Message.of("doc.not_yaml", label, at(e.getLocation()),
                    firstLine(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, PrivateFiles.why(e)), e);
        }
    }

    /** Validates an already parsed tree against a schema and maps it to {@code type}. */
    public <T> T map(JsonNode node, String label, String schemaName, Class<T> type) {
        Set<ValidationMessage> errors = schema(schemaName).validate(node);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.stream()
                    .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                            .thenComparing(ValidationMessage::getMessage))
                    .orElseThrow();
            throw AppException.invalidData(Message.of("doc.invalid", label, describe(first),
                    errors.size() > 1 ? Message.of("doc.more_problems", errors.size() - 1) : ""));
        }
        return convert(node, label, type);
    }

    /**
     * Checks one value against the rule that the schema named {@code schemaName} gives at {@code pointer} (a JSON
     * pointer such as {@code /properties/email}), so that a question asked in the terminal is checked exactly as
     * the file will be.
     *
     * @return the first problem, or empty when the value is valid
     */
    public Optional<ValueProblem> check(String schemaName, String pointer, Object value) {
        JsonNode node = mapper.valueToTree(value);
        Set<ValidationMessage> errors = schema(schemaName + ".schema.json#" + pointer).validate(node);
        return errors.stream()
                .min(Comparator.comparing(ValidationMessage::getType))
                .map(m -> new ValueProblem(m.getType(),
                        m.getSchemaNode() != null && m.getSchemaNode().isValueNode() ? m.getSchemaNode().asText() : "",
                        Texts.english().get(describe(m))));
    }

    /**
     * How a value breaks its schema rule.
     *
     * @param keyword the JSON Schema keyword it fails: "pattern", "maxLength", "minLength", "enum"…
     * @param limit the keyword's value when it is a single value (a length, a pattern), else ""
     * @param description the problem in one English line, as a file check would word it
     */
    public record ValueProblem(String keyword, String limit, String description) {
    }

    private <T> T convert(JsonNode node, String label, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw AppException.invalidData(Message.of("doc.field_problem", label, path(e),
                    firstLine(e.getOriginalMessage())), e);
        } catch (JsonProcessingException e) {
            throw AppException.invalidData(Message.of("doc.problem", label, firstLine(e.getOriginalMessage())), e);
        }
    }

    private JsonSchema schema(String name) {
        String location = name.contains("#") ? name : name + ".schema.json";
        return schemas.computeIfAbsent(location,
                n -> factory.getSchema(SchemaLocation.of(SCHEMA_BASE + n), config));
    }

    private static byte[] readBytes(Path file, String label) {
        try {
            if (!Files.isRegularFile(file)) {
                throw AppException.invalidData(Message.of(Files.exists(file) ? "doc.not_regular" : "doc.not_found",
                        label));
            }
            if (Files.size(file) > MAX_SIZE) {
                throw AppException.invalidData(Message.of("doc.too_large", label, MAX_SIZE / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, PrivateFiles.why(e)), e);
        }
    }

    /**
     * A schema rule's failure in the user's words; a rule without its own words keeps the schema library's
     * English, inside a translated sentence.
     */
    static Message describe(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        String field = location.replaceFirst("^[$/]\\.?", "").replace('/', '.');
        String type = m.getType();
        if ("required".equals(type)) {
            return Message.of("doc.missing_field", join(field, m.getProperty()));
        }
        if ("additionalProperties".equals(type)) {
            return Message.of("doc.unknown_field", join(field, m.getProperty()));
        }
        String value = m.getInstanceNode() != null && m.getInstanceNode().isValueNode()
                ? m.getInstanceNode().asText() : null;
        Object detail = switch (value == null ? "" : type) {
            case "pattern", "format" -> Message.of(field.endsWith("email") ? "doc.not_email" : "doc.bad_form", value);
            case "enum" -> Message.of("doc.not_one_of", value, m.getSchemaNode().toString()
                    .replaceAll("[\\[\\]\"]", "").replace(",", ", "));
            default -> {
                String message = m.getMessage();
                yield message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
            }
        };
        return field.isEmpty() ? Message.of("doc.detail", detail) : Message.of("doc.in_field", field, detail);
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static Object at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : Message.of("doc.at", location.getLineNr(), location.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "?";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
