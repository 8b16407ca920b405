package org.optout.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Language;
import org.optout.ui.Message;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --lang fr|en|nl|de}: the languages {@link Language} defines. */
final class LanguageConverter implements ITypeConverter<Language>, Iterable<String> {
    @Override
    public Language convert(String value) {
        return Language.of(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UsageError.Conversion(
                Message.of("usage.not_a_language", value, Language.codes())));
    }

    /** The completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return java.util.Arrays.stream(Language.values()).map(Language::code).iterator();
    }
}
