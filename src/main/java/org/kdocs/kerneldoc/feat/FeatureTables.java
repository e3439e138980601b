package org.kdocs.kerneldoc.feat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kdocs.kerneldoc.PerlText;

import static org.kdocs.kerneldoc.PerlText.padRight;

/**
 * The reST that {@code scripts/get_feat.pl rest} writes from the feature files: one
 * architecture's table (output_arch_table), one feature across architectures (output_feature),
 * or the matrix of all features and architectures, one grid table per subsystem (output_matrix).
 */
final class FeatureTables {
    private static final String NOT_COMPATIBLE = "Not compatible";

    private final FeatureFiles files;
    private final StringBuilder out = new StringBuilder();

    private FeatureTables(FeatureFiles files) {
        this.files = files;
    }

    /** Features by subsystem, then by name ignoring ASCII case, as the script sorts them. */
    private List<FeatureFiles.Feature> sorted() {
        List<FeatureFiles.Feature> features = new ArrayList<>(files.features.values());
        features.sort(Comparator.comparing(FeatureFiles.Feature::subsystem)
                .thenComparing(f -> PerlText.lowerAscii(f.name())));
        return features;
    }

    private static String title(String title) {
        String rule = "=".repeat(title.length());
        return rule + "\n" + title + "\n" + rule + "\n\n";
    }

    private String rule(int statusWidth) {
        return "=".repeat(files.maxSubsys) + "  " + "=".repeat(files.maxName) + "  " + "=".repeat(files.maxKconfig)
                + "  " + "=".repeat(statusWidth) + "  " + "=".repeat(files.maxDescription) + "\n";
    }

    /** output_arch_table: a simple table of every feature's status on {@code arch}. */
    static String archTable(FeatureFiles files, String arch, String feature) {
        FeatureTables t = new FeatureTables(files);
        t.out.append(title("Feature status on " + arch + " architecture"));
        t.out.append(t.rule(files.maxStatus));
        t.out.append(padRight(FeatureFiles.H_SUBSYS, files.maxSubsys)).append("  ")
                .append(padRight(FeatureFiles.H_NAME, files.maxName)).append("  ")
                .append(padRight(FeatureFiles.H_KCONFIG, files.maxKconfig)).append("  ")
                .append(padRight(FeatureFiles.H_STATUS, files.maxStatus)).append("  ")
                .append(padRight(FeatureFiles.H_DESCRIPTION, files.maxDescription)).append('\n');
        t.out.append(t.rule(files.maxStatus));
        for (FeatureFiles.Feature f : t.sorted()) {
            if (feature != null && !f.name().equals(feature)) {
                continue;
            }
            t.out.append(padRight(f.subsystem(), files.maxSubsys)).append("  ")
                    .append(padRight(f.name(), files.maxName)).append("  ")
                    .append(padRight(f.kconfig(), files.maxKconfig)).append("  ")
                    .append(padRight(f.table().getOrDefault(arch, ""), files.maxStatus)).append("  ")
                    .append(f.description()).append('\n');
        }
        t.out.append(t.rule(files.maxStatus));
        return t.out.toString();
    }

    /** output_feature: one feature, its comments and its status on every architecture. */
    static String feature(FeatureFiles files, String name) {
        FeatureTables t = new FeatureTables(files);
        FeatureFiles.Feature f = files.features.get(name);
        String subsystem = f == null ? "" : f.subsystem();
        String kconfig = f == null ? "" : f.kconfig();
        t.out.append(title("Feature " + name));
        if (!subsystem.isEmpty() && !subsystem.equals("0")) {
            t.out.append(":Subsystem: ").append(subsystem).append(" \n");
        }
        if (!kconfig.isEmpty() && !kconfig.equals("0")) {
            t.out.append(":Kconfig: ").append(kconfig).append(" \n");
        }
        String description = f == null ? "" : f.description();
        if (!description.isEmpty() && description.charAt(0) >= 'a' && description.charAt(0) <= 'z') {
            description = Character.toUpperCase(description.charAt(0)) + description.substring(1);
        }
        description = description.replaceFirst("\\.?[ \\t\\n\\x0B\\f\\r]*", "");
        t.out.append('\n').append(description).append(".\n\n");
        String comments = f == null ? "" : PerlText.stripTrailing(PerlText.stripLeading(f.comments()));
        if (!comments.isEmpty() && !comments.equals("0")) {
            t.out.append("Comments\n--------\n\n").append(comments).append("\n\n");
        }
        String rule = "=".repeat(files.maxArchWithHeader) + "  " + "=".repeat(files.maxStatus) + "\n";
        t.out.append(rule);
        t.out.append(padRight(FeatureFiles.H_ARCH, files.maxArch)).append("  ")
                .append(padRight(FeatureFiles.H_STATUS + "\n", files.maxStatus));
        t.out.append(rule);
        if (f != null) {
            for (Map.Entry<String, String> e : f.table().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .toList()) {
                t.out.append(padRight(e.getKey(), files.maxArch)).append("  ")
                        .append(padRight(e.getValue(), files.maxStatus)).append('\n');
            }
        }
        t.out.append(rule);
        return t.out.toString();
    }

    /** output_matrix: per subsystem, a grid table of features with their status on all architectures. */
    static String matrix(FeatureFiles files) {
        FeatureTables t = new FeatureTables(files);
        t.out.append(title("Feature status on all architectures"));
        String descriptionTitle = FeatureFiles.H_KCONFIG + " / " + FeatureFiles.H_DESCRIPTION;
        // the script starts from a description width of 1 and a status width of 1 and widens them
        int descriptionWidth = Math.max(files.maxKconfig + 4, 1);
        descriptionWidth = Math.max(descriptionWidth, files.maxDescriptionWord);
        descriptionWidth = Math.max(descriptionWidth, descriptionTitle.length());
        int maxStatus = Math.max(files.maxStatus, NOT_COMPATIBLE.length());
        int statusWidth = Math.max(1, maxStatus + files.maxArch + 6);
        String subsystem = "";
        for (FeatureFiles.Feature f : t.sorted()) {
            if (!subsystem.equals(f.subsystem())) {
                if (!subsystem.isEmpty()) {
                    t.out.append('\n');
                }
                subsystem = f.subsystem();
                String heading = "Subsystem: " + subsystem;
                t.out.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
                t.gridLine(descriptionWidth, statusWidth, '-');
                t.out.append('|').append(padRight(FeatureFiles.H_NAME, files.maxName))
                        .append('|').append(padRight(descriptionTitle, descriptionWidth))
                        .append('|').append(padRight("Status per architecture", statusWidth)).append("|\n");
                t.gridLine(descriptionWidth, statusWidth, '=');
            }
            t.row(f, descriptionWidth, statusWidth);
        }
        return t.out.toString();
    }

    private void gridLine(int descriptionWidth, int statusWidth, char fill) {
        out.append('+').append(String.valueOf(fill).repeat(files.maxName)).append('+')
                .append(String.valueOf(fill).repeat(descriptionWidth)).append('+')
                .append(String.valueOf(fill).repeat(statusWidth)).append("+\n");
    }

    private void row(FeatureFiles.Feature f, int descriptionWidth, int statusWidth) {
        List<String> lines = statusLines(f.table(), statusWidth);
        List<String> descriptions = wrap(f.description(), descriptionWidth);
        while (lines.size() < 2 + descriptions.size()) {
            lines.add("");
        }
        for (int n = 0; n < lines.size(); n++) {
            if (n == 0) {
                out.append('|').append(padRight(f.name(), files.maxName))
                        .append('|').append(padRight("``" + f.kconfig() + "``", descriptionWidth));
            } else if (n >= 2 && !descriptions.isEmpty()) {
                out.append('|').append(padRight("", files.maxName))
                        .append('|').append(padRight(descriptions.remove(0), descriptionWidth));
            } else {
                out.append('|').append(padRight("", files.maxName)).append('|').append(padRight("", descriptionWidth));
            }
            out.append('|').append(padRight(lines.get(n), statusWidth)).append("|\n");
        }
        gridLine(descriptionWidth, statusWidth, '-');
    }

    // "- **ok**: arm, arm64, ..." per status, statuses in reverse order, architectures by name
    private static List<String> statusLines(Map<String, String> table, int statusWidth) {
        List<String> archs = new ArrayList<>(table.keySet());
        archs.sort(Comparator.comparing((String a) -> table.get(a)).reversed()
                .thenComparing(PerlText::lowerAscii));
        List<String> lines = new ArrayList<>();
        String current = "";
        String line = "";
        for (String arch : archs) {
            String status = table.get(arch).equals("---") ? NOT_COMPATIBLE : table.get(arch);
            if (!status.equals(current)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = "- **" + status + "**: " + arch;
            } else if (line.length() + arch.length() + 2 < statusWidth) {
                line += ", " + arch;
            } else {
                lines.add(line);
                line = "  " + arch;
            }
            current = status;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    // the description cut into lines of at most width characters, at spaces where possible
    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String description = text;
        while (description.length() > width) {
            String piece = description.substring(0, width);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*)\\s+.*").matcher(piece);
            if (!m.find()) {
                piece = piece.substring(0, piece.length() - 1);
                out.add(piece + "\\");
                description = description.substring(piece.length());
            } else {
                piece = m.group(1) + piece.substring(m.end());
                out.add(piece);
                description = description.substring(piece.length()).replaceFirst("^[ \\t\\n\\x0B\\f\\r]+", "");
            }
        }
        out.add(description);
        return out;
    }
}
