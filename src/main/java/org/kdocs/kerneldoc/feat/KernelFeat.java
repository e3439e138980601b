package org.kdocs.kerneldoc.feat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kdocs.kerneldoc.PerlText;
import org.kdocs.kerneldoc.ScriptOutput;

/**
 * kdocs' get_feat.pl: the feature tables of a Documentation/features directory as
 * {@code scripts/get_feat.pl} prints them, from its own command line
 * ({@code [--dir DIR] [--arch ARCH] [--feat NAME] [--enable-fname] rest|current|list|validate}).
 */
public final class KernelFeat {
    private KernelFeat() {
    }

    /** Runs the script's command line. */
    public static ScriptOutput run(List<String> arguments) {
        String dir = "Documentation/features";
        String arch = null;
        String feature = null;
        boolean fileNames = false;
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            String name = arg.replaceFirst("^--?", "");
            String value = null;
            int equals = name.indexOf('=');
            if (arg.startsWith("-") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!arg.startsWith("-")) {
                commands.add(arg);
                continue;
            }
            switch (name) {
                case "dir", "arch", "feat", "feature" -> {
                    if (value == null) {
                        if (i + 1 >= arguments.size()) {
                            return usage("Option " + name + " requires an argument");
                        }
                        value = arguments.get(++i);
                    }
                    if (name.equals("dir")) {
                        dir = value;
                    } else if (name.equals("arch")) {
                        arch = value;
                    } else {
                        feature = value;
                    }
                }
                case "enable-fname" -> fileNames = true;
                case "debug", "d" -> {
                    // the script's Data::Dumper output is not reproduced
                }
                default -> {
                    return usage("Unknown option: " + name);
                }
            }
        }
        if (commands.isEmpty() || commands.size() > 2
                || !List.of("current", "rest", "validate", "ls", "list").contains(commands.get(0))) {
            return usage(null);
        }
        String command = commands.get(0);
        FeatureFiles files = FeatureFiles.read(dir);
        StringBuilder out = new StringBuilder();
        if (fileNames) {
            files.fileLines.forEach(line -> out.append(line).append('\n'));
        }
        if ((command.equals("current") || command.startsWith("l")) && (arch == null || arch.isEmpty())) {
            arch = machineArch();
        }
        if (command.equals("ls") || command.equals("list")) {
            out.append(list(files, arch, feature));
        } else if (!command.equals("validate")) {
            if (PerlText.truthy(arch)) {
                out.append(FeatureTables.archTable(files, arch, !PerlText.truthy(feature) ? null : feature));
            } else if (PerlText.truthy(feature)) {
                out.append(FeatureTables.feature(files, feature));
            } else {
                out.append(FeatureTables.matrix(files));
            }
        }
        return new ScriptOutput(out.toString(), List.copyOf(files.messages), 0);
    }

    // uname -m, with x86_64 and i386 called x86 as the script does
    private static String machineArch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "i386", "x86" -> "x86";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    /** list_arch_features: one line per feature with its status on {@code arch}. */
    private static String list(FeatureFiles files, String arch, String feature) {
        StringBuilder out = new StringBuilder("#\n# Kernel feature support matrix of the '" + arch + "' architecture:\n#\n");
        List<FeatureFiles.Feature> features = new ArrayList<>(files.features.values());
        features.sort(java.util.Comparator.comparing(FeatureFiles.Feature::subsystem)
                .thenComparing(f -> PerlText.lowerAscii(f.name())));
        for (FeatureFiles.Feature f : features) {
            if (PerlText.truthy(feature) && !f.name().equals(feature)) {
                continue;
            }
            String status = f.table().getOrDefault(arch, "");
            status = " ".repeat(Math.max(0, (4 - status.length()) / 2)) + status;
            out.append(' ').append(padLeft(f.subsystem(), files.maxSubsys)).append("/ ")
                    .append(PerlText.padRight(f.name(), files.maxName)).append(": ")
                    .append(PerlText.padRight(status, 5)).append("|   ")
                    .append(padLeft(f.kconfig(), files.maxKconfig)).append(" # ")
                    .append(' ').append(f.description()).append('\n');
        }
        return out.toString();
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static ScriptOutput usage(String problem) {
        return ScriptOutput.usage(problem, "Usage: kdocs kernel-feat [--dir DIR] [--arch ARCH] [--feat FEATURE] "
                + "[--enable-fname] current|rest|list|validate");
    }
}
