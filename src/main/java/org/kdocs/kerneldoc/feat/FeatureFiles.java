package org.kdocs.kerneldoc.feat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.kdocs.kerneldoc.FileFind;
import org.kdocs.kerneldoc.PerlText;

/**
 * Reads the feature files under a directory (scripts/get_feat.pl parse_feat, in File::Find's
 * order): each arch-support.txt gives a feature's name, Kconfig symbol, description and one
 * status per architecture. Also keeps the column widths the tables need, which the script
 * measures over every file it reads, and its complaints about malformed files.
 */
final class FeatureFiles {
    /** One feature; {@code table} maps an architecture to its status. */
    record Feature(String name, String subsystem, String kconfig, String description, String comments,
                   Map<String, String> table) {
    }

    static final String H_NAME = "Feature";
    static final String H_KCONFIG = "Kconfig";
    static final String H_DESCRIPTION = "Description";
    static final String H_SUBSYS = "Subsystem";
    static final String H_STATUS = "Status";
    static final String H_ARCH = "Architecture";

    private static final Pattern NAME = Pattern.compile("^#\\s+Feature\\s+name:\\s*(.*\\S)", Pattern.UNIX_LINES);
    private static final Pattern KCONFIG = Pattern.compile("^#\\s+Kconfig:\\s*(.*\\S)", Pattern.UNIX_LINES);
    private static final Pattern DESCRIPTION = Pattern.compile("^#\\s+description:\\s*(.*\\S)", Pattern.UNIX_LINES);
    // the script's "^\\s*$" (a backslash, then s's) and its other lines to skip
    private static final Pattern SKIPPED = Pattern.compile("^\\\\s*$|^\\s*-+\\s*$|^\\s*\\|\\s*arch\\s*\\|\\s*status\\s*\\|\\s*$",
            Pattern.UNIX_LINES);
    private static final Pattern COMMENT = Pattern.compile("^#\\s*(.*)", Pattern.UNIX_LINES);
    private static final Pattern STATUS = Pattern.compile("^\\s*\\|\\s*(\\S+):\\s*\\|\\s*(\\S+)\\s*\\|\\s*$",
            Pattern.UNIX_LINES);
    private static final Pattern WHITESPACE = PerlText.rx("\\s+");

    final Map<String, Feature> features = new LinkedHashMap<>();
    /** The ".. FILE path" lines --enable-fname prints, one per feature file read. */
    final List<String> fileLines = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    int maxName = H_NAME.length();
    int maxKconfig = H_KCONFIG.length();
    int maxDescription = H_DESCRIPTION.length();
    int maxSubsys = H_SUBSYS.length();
    int maxStatus = H_STATUS.length();
    int maxArch;
    int maxArchWithHeader;
    int maxDescriptionWord;

    /** Reads every feature file under {@code prefix} (the --dir value, as given). */
    static FeatureFiles read(String prefix) {
        FeatureFiles files = new FeatureFiles();
        Pattern template;
        Pattern subsystem;
        try {
            template = PerlText.interpolated("(" + prefix + ")/arch-support.txt");
            subsystem = PerlText.interpolated(".*(" + prefix + ")/([^/]+).*");
        } catch (PatternSyntaxException e) {
            template = Pattern.compile(Pattern.quote(prefix + "/arch-support.txt"));
            subsystem = Pattern.compile(".*(" + Pattern.quote(prefix) + ")/([^/]+).*");
        }
        for (String name : FileFind.names(prefix)) {
            Path file = Path.of(name);
            if (Files.isDirectory(file) || template.matcher(name).find() || !name.endsWith("arch-support.txt")) {
                continue;
            }
            files.read(name, file, subsystem);
        }
        return files;
    }

    private void read(String name, Path file, Pattern subsystemPattern) {
        try {
            fileLines.add(".. FILE " + file.toRealPath());
        } catch (IOException e) {
            fileLines.add(".. FILE " + file.toAbsolutePath().normalize());
        }
        Matcher sub = subsystemPattern.matcher(name);
        String subsystem = sub.find() ? sub.group(2) : "";
        maxSubsys = Math.max(maxSubsys, subsystem.length());
        String feature = null;
        String kconfig = null;
        String description = null;
        StringBuilder comments = new StringBuilder();
        Map<String, String> table = new LinkedHashMap<>();
        int ln = 0;
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            text = "";
        }
        for (String line : PerlText.lines(text)) {
            ln++;
            Matcher m;
            if ((m = NAME.matcher(line)).find()) {
                feature = m.group(1);
                maxName = Math.max(maxName, feature.length());
            } else if ((m = KCONFIG.matcher(line)).find()) {
                kconfig = m.group(1);
                maxKconfig = Math.max(maxKconfig, kconfig.length());
            } else if ((m = DESCRIPTION.matcher(line)).find()) {
                description = m.group(1);
                maxDescription = Math.max(maxDescription, description.length());
                for (String word : PerlText.split(WHITESPACE, description)) {
                    maxDescriptionWord = Math.max(maxDescriptionWord, word.length());
                }
            } else if (SKIPPED.matcher(line).find()) {
                continue;
            } else if ((m = COMMENT.matcher(line)).find()) {
                comments.append(m.group(1)).append('\n');
            } else if ((m = STATUS.matcher(line)).find()) {
                String arch = m.group(1);
                String status = m.group(2);
                maxStatus = Math.max(maxStatus, status.length());
                maxArch = Math.max(maxArch, arch.length());
                table.put(arch, status.equals("..") ? "---" : status);
            } else {
                error(name, ln, "line is invalid", line);
            }
        }
        if (feature == null || feature.isEmpty() || feature.equals("0")) {
            error(name, ln, "Feature name not found", "");
            return;
        }
        if (subsystem.isEmpty() || subsystem.equals("0")) {
            error(name, ln, "Subsystem not found", "");
        }
        if (kconfig == null || kconfig.isEmpty() || kconfig.equals("0")) {
            error(name, ln, "Kconfig not found", "");
        }
        if (description == null || description.isEmpty() || description.equals("0")) {
            error(name, ln, "Description not found", "");
        }
        if (table.isEmpty()) {
            error(name, ln, "Architecture table not found", "");
            return;
        }
        features.put(feature, new Feature(feature, subsystem, kconfig == null ? "" : kconfig,
                description == null ? "" : description, comments.toString(), table));
        maxArchWithHeader = maxArch + H_ARCH.length();
    }

    /** parse_error: "Warning: file F#N:", the message, and the offending line when there is one. */
    private void error(String file, int ln, String message, String data) {
        String line = PerlText.stripTrailing(data);
        String text = "Warning: file " + file + "#" + ln + ":\n\t" + message;
        messages.add(data.isEmpty() ? text + "\n" : text + ". Line\n\t\t" + line + "\n");
    }
}
