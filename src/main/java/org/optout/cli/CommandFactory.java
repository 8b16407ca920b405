package org.optout.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Gives each command that asks for it (through its constructor) the {@link AppContext}. */
final class CommandFactory implements CommandLine.IFactory {
    private final AppContext context;

    CommandFactory(AppContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == AppContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
