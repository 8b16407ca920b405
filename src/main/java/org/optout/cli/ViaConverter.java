package org.optout.cli;

import java.util.Locale;
import org.optout.sending.Via;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --via email|form|post|setting}. */
final class ViaConverter implements ITypeConverter<Via>, Iterable<String> {
    @Override
    public Via convert(String value) {
        try {
            return Via.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not email, form, post or setting");
        }
    }

    /** The completion candidates, as typed. */
    @Override
    public java.util.Iterator<String> iterator() {
        return java.util.Arrays.stream(Via.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }
}
