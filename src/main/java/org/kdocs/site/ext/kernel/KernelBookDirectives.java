package org.kdocs.site.ext.kernel;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.kdocs.kerneldoc.ScriptOutput;
import org.kdocs.kerneldoc.abi.KernelAbi;
import org.kdocs.kerneldoc.feat.KernelFeat;
import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * kernel-abi DIR and kernel-feat DIR [ARCH] (Documentation/sphinx/kernel_abi.py and
 * kernel_feat.py): the reST of get_abi.pl and get_feat.pl, made in process by kdocs' own
 * versions, parsed in place. The scripts' messages are passed on as they word them. A book is
 * made once per directory and arguments, and made again when a file under the directory changes.
 */
final class KernelBookDirectives {
    private record Book(String fingerprint, String output, List<String> messages) {
    }

    // held softly: the ABI book of Documentation/ABI/testing alone is 3.5 MB
    private static final Map<List<String>, SoftReference<Book>> BOOKS = new ConcurrentHashMap<>();

    private KernelBookDirectives() {
    }

    /** The book for these script arguments, reusing an earlier one while {@code dir} is unchanged. */
    private static Book book(Path dir, List<String> arguments, Function<List<String>, Book> make) {
        String fingerprint = fingerprint(dir);
        SoftReference<Book> held = BOOKS.get(arguments);
        Book book = held == null ? null : held.get();
        if (book == null || !book.fingerprint().equals(fingerprint)) {
            Book made = make.apply(arguments);
            book = new Book(fingerprint, made.output(), made.messages());
            BOOKS.put(List.copyOf(arguments), new SoftReference<>(book));
        }
        return book;
    }

    private static String fingerprint(Path dir) {
        StringBuilder listing = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                listing.append(f).append('\t').append(a.size()).append('\t').append(a.lastModifiedTime()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return listing.toString();
    }

    private static String text(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static void relay(DirectiveCall call, List<String> messages) {
        for (String message : messages) {
            String text = text(message);
            call.context().reporter().relay(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
    }

    // the "debug" option shows the generated reST as a numbered code block instead
    private static String debug(DirectiveCall call, String lines) {
        if (!call.options().containsKey("debug")) {
            return lines;
        }
        StringBuilder block = new StringBuilder("\n\n.. code-block:: rst\n    :linenos:\n");
        for (String line : lines.split("\n", -1)) {
            block.append("\n    ").append(line);
        }
        return block.append("\n\n").toString();
    }

    /** What kernel-abi and kernel-feat share: one directory of Documentation/ and up to two more words. */
    private abstract static class BookDirective extends DeclaredDirective {
        private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(1, 2).withFinalArgumentWhitespace();

        final Path srctree;

        BookDirective(Path srctree, Map<String, OptionConverter> options) {
            super(SYNTAX.withOptions(options));
            this.srctree = srctree;
        }

        @Override
        public List<Node> run(DirectiveCall call) throws DirectiveError {
            if (!call.context().settings().fileInsertionEnabled()) {
                throw DirectiveError.warning("docutils: file insertion disabled");
            }
            Path dir = srctree.resolve("Documentation").resolve(call.arguments().get(0));
            call.context().document().noteDependency(dir.toAbsolutePath().normalize().toString());
            return run(call, dir);
        }

        /** The directive's nodes, made from the book of {@code dir}. */
        abstract List<Node> run(DirectiveCall call, Path dir);
    }

    /** kernel-abi: get_abi.pl rest --enable-lineno --dir Documentation/DIR [--rst-source]. */
    static final class Abi extends BookDirective {
        Abi(Path srctree) {
            super(srctree, Map.of("debug", Options.FLAG, "rst", Options.UNCHANGED));
        }

        @Override
        List<Node> run(DirectiveCall call, Path dir) {
            List<String> arguments = new ArrayList<>(List.of("rest", "--enable-lineno", "--dir", dir.toString()));
            if (call.options().containsKey("rst")) {
                arguments.add("--rst-source");
            }
            Book book = book(dir, arguments, args -> {
                ScriptOutput result = KernelAbi.run(args);
                return new Book("", result.output(), result.messages());
            });
            relay(call, book.messages());
            return parse(call, debug(call, text(book.output())));
        }

        // each ABI file's part is parsed on its own, its lines attributed to the file and entry line
        private List<Node> parse(DirectiveCall call, String lines) {
            Element holder = new Element(NodeType.CONTAINER);
            SourceLines content = new SourceLines();
            String file = call.arguments().get(0);
            int line = 0;
            for (String text : lines.split("\n", -1)) {
                String[] marker = lineMarker(text);
                if (marker != null) {
                    if (!marker[0].equals(file) && !content.isEmpty()) {
                        SourceInput.parseInto(call, content, holder);
                        content = new SourceLines();
                    }
                    file = marker[0];
                    line = Integer.parseInt(marker[1]) - 1;
                } else {
                    content.add(text, new SourceLines.Origin(relative(file), line));
                }
            }
            if (!content.isEmpty()) {
                SourceInput.parseInto(call, content, holder);
            }
            return new ArrayList<>(holder.children());
        }

        private String relative(String file) {
            Path path = Path.of(file);
            return path.isAbsolute() ? srctree.relativize(path).toString() : file;
        }

        // ".. LINENO FILE#LINE"
        private static String[] lineMarker(String text) {
            if (!text.startsWith(".. LINENO ")) {
                return null;
            }
            String rest = text.substring(10);
            int hash = rest.lastIndexOf('#');
            if (hash <= 0 || rest.contains(" ") || !rest.substring(hash + 1).matches("[0-9]+")) {
                return null;
            }
            return new String[] {rest.substring(0, hash), rest.substring(hash + 1)};
        }
    }

    /** kernel-feat: get_feat.pl rest --enable-fname --dir Documentation/DIR [--arch ARCH]. */
    static final class Feat extends BookDirective {
        Feat(Path srctree) {
            super(srctree, Map.of("debug", Options.FLAG));
        }

        @Override
        List<Node> run(DirectiveCall call, Path dir) {
            List<String> arguments = new ArrayList<>(List.of("rest", "--enable-fname", "--dir", dir.toString()));
            if (call.arguments().size() > 1) {
                arguments.add("--arch");
                arguments.add(call.arguments().get(1));
            }
            Book book = book(dir, arguments, args -> {
                ScriptOutput result = KernelFeat.run(args);
                return new Book("", result.output(), result.messages());
            });
            relay(call, book.messages());
            StringBuilder kept = new StringBuilder();
            for (String line : text(book.output()).split("\n", -1)) {
                if (!line.startsWith(".. FILE ")) { // the feature files, which the directory covers
                    kept.append(line).append('\n');
                }
            }
            SourceLines content = new SourceLines();
            String[] lines = debug(call, kept.toString()).split("\n", -1);
            for (int c = 0; c < lines.length; c++) {
                content.add(lines[c], new SourceLines.Origin(call.arguments().get(0), c));
            }
            return new ArrayList<>(SourceInput.parse(call, content, new Element(NodeType.CONTAINER)));
        }
    }
}
