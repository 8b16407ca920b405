package org.optout.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang fr|en|nl|de}: the languages {@link Language} defines. */
final class LanguageConverter implements ITypeConverter<Language>, Iterable<String> {
    @Override
    public Language convert(String value) {
        return Language.of(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a language optout writes in (" + Language.codes() + ")"));
    }

    /** The completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return java.util.Arrays.stream(Language.values()).map(Language::code).iterator();
    }
}
