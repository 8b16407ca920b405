package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code optout generate-completion}: picocli's bash/zsh completion script, in which request ids are asked of the
 * tracker when the shell completes ({@code optout requests --ids}), as they change with every request.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true, helpCommand = true,
        description = {"Write the bash/zsh completion script of optout.",
                "To complete optout's commands, options, platform, authority and request ids with TAB in the "
                        + "current shell, run:",
                "",
                "  source <(optout generate-completion)",
                ""})
final class GenerateCompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("optout", spec.root().commandLine())
                .replace("(\"" + RequestIds.MARKER + "\")", "($(optout requests --ids 2>/dev/null))");
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
