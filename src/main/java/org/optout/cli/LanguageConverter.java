package org.optout.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang fr|en}. */
final class LanguageConverter implements ITypeConverter<Language>, Iterable<String> {
    @Override
    public Language convert(String value) {
        for (Language language : Language.values()) {
            if (language.code().equals(value.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a language optout writes in (fr, en; nl for "
                + "complaints)");
    }

    /** The completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return List.of("fr", "en", "nl").iterator();
    }
}
