package org.optout.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.optout.catalogue.Channel;
import org.optout.ui.Message;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --via email|form|post|setting}: the channels' labels. */
final class ViaConverter implements ITypeConverter<Channel>, Iterable<String> {
    @Override
    public Channel convert(String value) {
        return Channel.of(value).orElseThrow(() -> new UsageError.Conversion(Message.of("usage.not_a_channel", value,
                Channel.labels())));
    }

    /** The completion candidates, as typed. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Channel.values()).map(Channel::label).iterator();
    }
}
