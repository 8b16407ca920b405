package org.optout.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.optout.catalogue.Channel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --via email|form|post|setting}: the channels' labels. */
final class ViaConverter implements ITypeConverter<Channel>, Iterable<String> {
    @Override
    public Channel convert(String value) {
        return Channel.of(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a channel ("
                + Channel.labels() + ")"));
    }

    /** The completion candidates, as typed. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Channel.values()).map(Channel::label).iterator();
    }
}
