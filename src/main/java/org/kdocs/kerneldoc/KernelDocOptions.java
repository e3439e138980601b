package org.kdocs.kerneldoc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of one kernel-doc run, as scripts/kernel-doc takes them on its command line.
 *
 * @param selection     which declarations are printed (all, named, exported, not exported)
 * @param identifiers   the names given with -function (OUTPUT_INCLUDE), in order
 * @param noSymbols     names never printed (-nosymbol)
 * @param exportFiles   further files whose EXPORT_SYMBOLs count (-export-file)
 * @param noDocSections no DOC: blocks (-no-doc-sections)
 * @param lineNumbers   ".. LINENO n" markers (-enable-lineno)
 * @param sphinxMajor   the Sphinx major version the C-domain dialect is for (-sphinx-version)
 * @param outputNone    check only, print no reST (-none)
 * @param warnReturn    -Wreturn: warn about functions without a Return: section
 * @param warnShortDesc -Wshort-desc: warn about comments without a purpose
 * @param verbose       -v: say which declaration each comment is read for
 * @param werror        -Werror: warnings make the exit status non-zero
 */
public record KernelDocOptions(Selection selection, Set<String> identifiers, Set<String> noSymbols,
                               List<String> exportFiles, boolean noDocSections, boolean lineNumbers, int sphinxMajor,
                               boolean outputNone, boolean warnReturn, boolean warnShortDesc, boolean verbose,
                               boolean werror) {
    /** The script's OUTPUT_ALL, OUTPUT_INCLUDE, OUTPUT_EXPORTED and OUTPUT_INTERNAL. */
    public enum Selection {
        ALL, INCLUDE, EXPORTED, INTERNAL
    }

    /** The Sphinx version kdocs renders for (5.3): the Sphinx 3 C-domain dialect. */
    public static final int DEFAULT_SPHINX_MAJOR = 5;

    public KernelDocOptions {
        identifiers = Collections.unmodifiableSet(new LinkedHashSet<>(identifiers));
        noSymbols = Set.copyOf(noSymbols);
        exportFiles = List.copyOf(exportFiles);
    }

    /** A run's options and its input files, or why the command line was refused. */
    public record CommandLine(KernelDocOptions options, List<String> files, String error) {
    }

    private static final Pattern OPTION = Pattern.compile("^--?(.*)", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("^(\\d+)(\\.\\d+)?(\\.\\d+)?");

    /**
     * Reads the script's command line: options until the first argument that does not start with
     * "-", then the files. Later options override earlier ones as in the script (-export clears
     * earlier -function names). Output formats other than -rst and -none are refused.
     */
    public static CommandLine parse(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        if (args.isEmpty()) {
            return failure("No arguments!");
        }
        Selection selection = Selection.ALL;
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> noSymbols = new LinkedHashSet<>();
        List<String> exportFiles = new ArrayList<>();
        boolean noDocSections = false;
        boolean lineNumbers = false;
        boolean none = false;
        boolean wReturn = false;
        boolean wShort = false;
        boolean verbose = false;
        boolean werror = false;
        int sphinx = DEFAULT_SPHINX_MAJOR;
        Matcher m;
        while (!args.isEmpty() && (m = OPTION.matcher(args.get(0))).find()) {
            String option = m.group(1);
            args.remove(0);
            switch (option) {
                case "rst", "show-not-found", "Wcontents-before-sections" -> {
                    // the default output; a no-op kept for old callers; a check the script never makes
                }
                case "none" -> none = true;
                case "man" -> {
                    return failure("-man output is not supported: kdocs writes reStructuredText");
                }
                case "module" -> takeValue(args);
                case "function" -> {
                    selection = Selection.INCLUDE;
                    identifiers.add(takeValue(args));
                }
                case "nosymbol" -> noSymbols.add(takeValue(args));
                case "export", "internal" -> {
                    selection = option.equals("export") ? Selection.EXPORTED : Selection.INTERNAL;
                    identifiers.clear();
                }
                case "export-file" -> exportFiles.add(takeValue(args));
                case "v" -> verbose = true;
                case "Werror" -> werror = true;
                case "Wreturn" -> wReturn = true;
                case "Wshort-desc", "Wshort-description" -> wShort = true;
                case "Wall" -> {
                    wReturn = true;
                    wShort = true;
                }
                case "no-doc-sections" -> noDocSections = true;
                case "enable-lineno" -> lineNumbers = true;
                case "sphinx-version" -> {
                    Matcher version = VERSION.matcher(takeValue(args));
                    if (!version.find()) {
                        return failure("Sphinx version should either major.minor or major.minor.patch format");
                    }
                    sphinx = Integer.parseInt(version.group(1));
                }
                default -> {
                    return failure("Argument unknown!");
                }
            }
            if (args.isEmpty()) {
                return failure("FILE argument missing");
            }
        }
        KernelDocOptions options = new KernelDocOptions(selection, identifiers, noSymbols, exportFiles, noDocSections,
                lineNumbers, sphinx, none, wReturn, wShort, verbose, werror);
        return new CommandLine(options, List.copyOf(args), null);
    }

    // the script shifts the next argument even when there is none (and then stops for a missing FILE)
    private static String takeValue(List<String> args) {
        return args.isEmpty() ? "" : args.remove(0);
    }

    private static CommandLine failure(String message) {
        return new CommandLine(null, List.of(), message);
    }
}
