package org.kdocs.rst.directives;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kdocs.source.Confinement;

/**
 * A file named by include, raw or csv-table: resolved against the
 * directory of the document (or included file) that names it, confined to
 * the include root (symbolic links resolved, see {@link Confinement}), and
 * read as text with universal newlines (docutils io.FileInput). Failures
 * become docutils' SEVERE "Problems with ... directive path" messages.
 *
 * @param path        the absolute, normalised path
 * @param displayPath the path as docutils shows it: relative to the working directory
 * @param gate        the include root's gate, which the read goes through
 */
record IncludedFile(Path path, String displayPath, Confinement gate) {

    /**
     * Resolves name for the directive of call. Names in angle brackets (the
     * docutils standard include files) are not available here.
     */
    static IncludedFile resolve(DirectiveCall call, String name, boolean fromContentSource) throws DirectiveError {
        String source = call.context().document().currentSource();
        if (fromContentSource) {
            var where = call.context().sourceAndLine(call.lineno());
            if (where.source() != null) {
                source = where.source();
            }
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path sourceDir;
        try {
            Path absoluteSource = source == null ? cwd.resolve("x") : cwd.resolve(source);
            sourceDir = absoluteSource.getParent() == null ? cwd : absoluteSource.getParent();
        } catch (InvalidPathException e) {
            sourceDir = cwd;
        }
        Path resolved;
        try {
            resolved = sourceDir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw problem(call, "OSError: [Errno 22] Invalid argument: '" + name + "'");
        }
        String display = display(cwd, resolved);
        Path root = call.context().settings().includeRoot();
        Confinement gate = Confinement.within(root == null ? sourceDir : root);
        try {
            gate.check(resolved);
        } catch (Confinement.Refused refused) {
            if (refused.outside()) {
                throw outside(call, display, gate);
            }
        } catch (IOException missingOrUnreadable) {
            // read() reports it as docutils does
        }
        return new IncludedFile(resolved, display, gate);
    }

    private static DirectiveError outside(DirectiveCall call, String display, Confinement gate) {
        return problem(call, "PermissionError: file \"" + display + "\" is outside the include root \""
                + gate.root() + "\"");
    }

    private static String display(Path cwd, Path resolved) {
        try {
            return cwd.relativize(resolved).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return resolved.toString();
        }
    }

    static DirectiveError problem(DirectiveCall call, String detail) {
        return DirectiveError.severe("Problems with \"" + call.name() + "\" directive path:\n" + detail + ".");
    }

    /** The file's text, decoded with the given (Python-named) encoding or UTF-8, newlines made "\n". */
    String read(DirectiveCall call, String encoding) throws DirectiveError {
        byte[] bytes;
        call.context().document().noteDependency(path.toString());
        try {
            bytes = gate.read(path);
        } catch (Confinement.Refused e) {
            throw e.outside() ? outside(call, displayPath, gate) : problem(call, "OSError: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw problem(call, "InputError: [Errno 2] No such file or directory: '" + displayPath + "'");
        } catch (IOException e) {
            throw problem(call, "OSError: " + e.getMessage());
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8
                : Charset.forName(Options.javaCharsetName(encoding));
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (encoding == null) {
                // docutils falls back from UTF-8 to Latin-1 when no encoding is given
                return normalise(new String(bytes, StandardCharsets.ISO_8859_1));
            }
            String utf8 = charset.equals(StandardCharsets.UTF_8) ? Utf8Errors.firstError(bytes) : null;
            throw DirectiveError.severe("Problem with \"" + call.name() + "\" directive:\nUnicodeDecodeError: "
                    + (utf8 != null ? utf8 : "'" + encoding + "' codec can't decode the file \"" + displayPath + "\""));
        }
        return normalise(text);
    }

    private static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
