package org.kdocs.kerneldoc.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.kerneldoc.ScriptOutput;

/**
 * kdocs' get_abi.pl: the ABI book of a Documentation/ABI directory as {@code scripts/get_abi.pl}
 * prints it, from its own command line ({@code [--dir DIR] [--enable-lineno] [--[no-]rst-source]
 * rest|validate}).
 */
public final class KernelAbi {
    private KernelAbi() {
    }

    /** Runs the script's command line. */
    public static ScriptOutput run(List<String> arguments) {
        String prefix = "Documentation/ABI";
        boolean lineMarkers = false;
        boolean rst = true;
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (!arg.startsWith("-")) {
                commands.add(arg);
                continue;
            }
            String name = arg.replaceFirst("^--?", "");
            String value = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            switch (name) {
                case "enable-lineno" -> lineMarkers = true;
                case "rst-source" -> rst = true;
                case "no-rst-source", "norst-source" -> rst = false;
                case "dir", "debug" -> {
                    if (value == null) {
                        if (i + 1 >= arguments.size()) {
                            return usage("Option " + name + " requires an argument");
                        }
                        value = arguments.get(++i);
                    }
                    if (name.equals("dir")) {
                        prefix = value;
                    }
                }
                default -> {
                    return usage("Unknown option: " + name);
                }
            }
        }
        if (commands.size() != 1 || !List.of("rest", "validate").contains(commands.get(0))) {
            return usage(null);
        }
        // the script makes sure the prefix ends in a slash
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        AbiFiles abi = AbiFiles.read(prefix);
        String output = commands.get(0).equals("rest") ? AbiRest.write(abi, prefix, lineMarkers, rst) : "";
        List<String> messages = new ArrayList<>(abi.messages);
        Map<String, AbiFiles.Symbol> sorted = new TreeMap<>(abi.symbols);
        for (Map.Entry<String, AbiFiles.Symbol> symbol : sorted.entrySet()) {
            List<String> files = symbol.getValue().files;
            if (files.size() != 1) {
                messages.add("Warning: " + symbol.getKey() + " is defined " + files.size() + " times: "
                        + String.join(" ", files) + "\n");
            }
        }
        return new ScriptOutput(output, List.copyOf(messages), 0);
    }

    private static ScriptOutput usage(String problem) {
        return ScriptOutput.usage(problem,
                "Usage: kdocs kernel-abi [--dir DIR] [--enable-lineno] [--[no-]rst-source] rest|validate");
    }
}
