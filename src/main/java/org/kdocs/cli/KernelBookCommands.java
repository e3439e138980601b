package org.kdocs.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kdocs.kerneldoc.ScriptOutput;
import org.kdocs.kerneldoc.abi.KernelAbi;
import org.kdocs.kerneldoc.feat.KernelFeat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs kernel-abi} and {@code kdocs kernel-feat}: the kernel's get_abi.pl and
 * get_feat.pl in process, with the scripts' own command lines. Output and messages are the
 * scripts', byte for byte.
 */
final class KernelBookCommands {
    private KernelBookCommands() {
    }

    static int print(ScriptOutput result) {
        String output = result.output();
        System.out.write(output.getBytes(StandardCharsets.ISO_8859_1), 0, output.length());
        System.out.flush();
        byte[] err = String.join("", result.messages()).getBytes(StandardCharsets.ISO_8859_1);
        System.err.write(err, 0, err.length);
        System.err.flush();
        return result.exitStatus();
    }

    @Command(name = "kernel-abi",
            description = {"Print the ABI book of a Documentation/ABI directory as scripts/get_abi.pl does.",
                    "Arguments: [--dir DIR] [--enable-lineno] [--[no-]rst-source] rest|validate"})
    static final class Abi implements Callable<Integer> {
        @Parameters(paramLabel = "ARG", arity = "0..*", description = "The script's options and command.")
        List<String> arguments = new ArrayList<>();

        @Override
        public Integer call() {
            return print(KernelAbi.run(arguments));
        }
    }

    @Command(name = "kernel-feat",
            description = {"Print the feature tables of a Documentation/features directory as scripts/get_feat.pl does.",
                    "Arguments: [--dir DIR] [--arch ARCH] [--feat NAME] [--enable-fname] rest|current|list|validate"})
    static final class Feat implements Callable<Integer> {
        @Parameters(paramLabel = "ARG", arity = "0..*", description = "The script's options and command.")
        List<String> arguments = new ArrayList<>();

        @Override
        public Integer call() {
            return print(KernelFeat.run(arguments));
        }
    }
}
