package org.optout.letter;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.ui.Message;

/**
 * The FreeMarker letter templates: the set bundled under {@code templates/}, overlaid by a user directory with
 * the same layout (a user file replaces the bundled file of the same name). Strict: a missing variable or a
 * syntax error fails with the template name and line.
 */
public final class LetterTemplates {
    private final Configuration freemarker;
    private final Path userDirectory;

    /** @param userDirectory a directory of templates that take precedence over the bundled ones, or null */
    public LetterTemplates(Path userDirectory) {
        this.userDirectory = userDirectory;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocalizedLookup(false);
        freemarker.setNumberFormat("computer");
        // --templates is user-supplied: no ?new (it could instantiate freemarker.template.utility.Execute), no ?api,
        // and the model shows templates only the components of our records.
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setMemberAccessPolicy(new RecordComponentsOnly());
        wrapper.setExposeFields(false);
        freemarker.setObjectWrapper(wrapper.build());
        // Templates do not change while optout runs: never re-check the jar or folder for a newer version.
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        freemarker.setTemplateLoader(loader(userDirectory));
    }

    private static TemplateLoader loader(Path userDirectory) {
        TemplateLoader bundled = new ClassTemplateLoader(LetterTemplates.class.getClassLoader(), "templates");
        if (userDirectory == null) {
            return bundled;
        }
        if (!Files.isDirectory(userDirectory)) {
            throw AppException.invalidData(Message.of("template.not_directory", userDirectory));
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDirectory.toFile()), bundled});
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("file.cannot_read", "--templates", userDirectory, e.getMessage()),
                    e);
        }
    }

    /** Renders the template {@code kind} (e.g. "objection.ftlx") in {@code language} with {@code model} as {@code letter}. */
    public String render(String kind, Language language, LetterModel model) {
        return render(kind, language, model, null);
    }

    /**
     * Renders a template that also reads another variable (a reminder's or a complaint's facts).
     *
     * @param model the letter, or null for a document no profile writes (it then sees only {@code extra})
     * @param extra the other variable, or null for templates that do not use one
     */
    public String render(String kind, Language language, LetterModel model, ExtraVariable extra) {
        String name = language.code() + "/" + kind;
        try {
            Template template = freemarker.getTemplate(name, Locale.ROOT);
            Map<String, Object> variables = new HashMap<>();
            if (model != null) {
                variables.put("letter", model);
            }
            if (extra != null) {
                variables.put(extra.variableName(), extra);
            }
            return process(template, variables);
        } catch (TemplateNotFoundException e) {
            throw AppException.invalidData(Message.of("template.not_found", label(name)));
        } catch (ParseException e) {
            // FreeMarker's own words say what is wrong: they are quoted as it wrote them
            throw AppException.invalidData(Message.of("template.syntax", label(e.getTemplateName()),
                    e.getLineNumber(), firstLine(e.getEditorMessage())), e);
        } catch (TemplateException e) {
            throw AppException.invalidData(Message.of("template.error", label(e.getTemplateSourceName()),
                    e.getLineNumber(), firstLine(e.getMessageWithoutStackTop())), e);
        } catch (StackOverflowError e) {
            // Only a pathological template gets here (e.g. thousands of nested parentheses): rendering is bounded.
            throw AppException.invalidData(Message.of("template.too_deep", label(name)));
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label(name), e.getMessage()), e);
        }
    }

    /** Runs {@code template} under the {@link RenderingLimits}; a limit reached is one error naming the line. */
    private String process(Template template, Map<String, Object> variables) throws TemplateException, IOException {
        RenderingLimits limits = new RenderingLimits();
        try {
            Environment environment = template.createProcessingEnvironment(variables, limits.output());
            environment.setTemplateProcessingTracer(limits);
            environment.process();
            return limits.output().toString();
        } catch (StackOverflowError e) {
            throw AppException.invalidData(Message.of("template.recursion", label(limits.templateName()),
                    limits.line()));
        } catch (TemplateException | RuntimeException e) {
            if (limits.reached() != null) {
                throw AppException.invalidData(label(limits.templateName()) + ", line " + limits.line() + ": "
                        + limits.reached(), e);
            }
            throw e;
        }
    }

    /** Whether the template {@code kind} exists in {@code language} (bundled or in the user's folder). */
    public boolean exists(Language language, String kind) {
        try {
            freemarker.getTemplate(language.code() + "/" + kind, Locale.ROOT);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** How a template is named to the user: its path in the user directory if it is there, else templates/... */
    public String label(String name) {
        if (name == null) {
            return "templates";
        }
        return own(name) ? userDirectory.resolve(name).toString() : "templates/" + name;
    }

    /** Whether {@code name} (e.g. "fr/objection.ftlx") is the user's own template rather than a bundled one. */
    boolean own(String name) {
        return userDirectory != null && Files.isRegularFile(userDirectory.resolve(name));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String flat = message.replaceAll("\\s*\\n\\s*", " ").replaceAll("-{3,}", "").strip();
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }

    /** Shows templates the components of optout's own records, and no other method, constructor or field. */
    private static final class RecordComponentsOnly implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            boolean ours = type.isRecord() && type.getName().startsWith("org.optout.");
            Set<String> components = ours ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet()) : Set.of();
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return method.getParameterCount() == 0 && method.getDeclaringClass() == type
                            && components.contains(method.getName());
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
