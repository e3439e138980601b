package org.kdocs.cli;

import org.kdocs.asciidoc.AsciidocReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kdocs} command. Runs the chosen subcommand on a thread with a
 * large stack, so that deeply nested documents parse without a stack
 * overflow, and turns any unexpected failure into a one-line message.
 */
@Command(name = "kdocs",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Documentation toolchain for kernel-style docs: reStructuredText, "
                + "translation linting and literate tests.")
public final class Main implements Runnable {
    private static final long STACK_BYTES = 1L << 30;
    /** The subcommands, in the order the usage lists them ({@code help} last). */
    private static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(BuildCommand.class,
            ServeCommand.class, PseudoXmlCommand.class, SpecCommand.class, LintCommand.class, DmesgCommand.class,
            TranslateCommand.class, KernelDocCommand.class, KernelBookCommands.Abi.class,
            KernelBookCommands.Feat.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        if (AsciidocPrestart.wanted(args)) {
            // JRuby boots on the other core while picocli parses and the build is set up
            AsciidocReader.startStandardInstance();
        }
        int[] exit = {0};
        Thread worker = new Thread(null, () -> exit[0] = execute(args), "kdocs", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit[0] = 130;
        }
        System.exit(exit[0]);
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reflects over every registered command, and its own classes predate class-data sharing:
        // a command line that names its subcommand first registers that one alone (half the start-up)
        String first = args.length > 0 ? args[0] : "";
        boolean named = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> command : SUBCOMMANDS) {
            if (!named || name(command).equals(first)) {
                cli.addSubcommand(command);
            }
        }
        // kernel-doc takes the script's own single-dash options, in order
        for (String script : java.util.List.of("kernel-doc", "kernel-abi", "kernel-feat")) {
            CommandLine command = cli.getSubcommands().get(script);
            if (command == null) {
                continue;
            }
            command.setUnmatchedOptionsArePositionalParams(true);
            command.setExpandAtFiles(false);
            command.setEndOfOptionsDelimiter("\u0000");
        }
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("kdocs: internal error: " + ex);
            return 70;
        });
        return cli.execute(args);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The version recorded in the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kdocs " + (version == null ? "(development build)" : version)};
        }
    }
}
