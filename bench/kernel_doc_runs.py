#!/usr/bin/env python3
"""Lists the kernel-doc runs a Sphinx build of a kernel Documentation/ tree makes.

For every `.. kernel-doc::` directive that Sphinx would run (not inside a literal
block, a code-block or a comment), prints one line: the arguments of
scripts/kernel-doc as Documentation/sphinx/kerneldoc.py builds them, separated by
tabs, and writes the directive's location (file:line) to a second file, same order.

Usage: kernel_doc_runs.py SRCTREE RUNS_OUT WHERE_OUT
"""
import glob
import os
import re
import sys

DIRECTIVE = re.compile(r'^(\s*)\.\.\s+kernel-doc::(.*)$')
ANY_DIRECTIVE = re.compile(r'^\s*\.\.\s+([\w:-]+)::')
LITERAL_DIRECTIVES = {'code-block', 'code', 'sourcecode', 'literalinclude', 'parsed-literal', 'highlight'}
FIELD = re.compile(r'^:([^:]+):(.*)$')


def indent(line):
    return len(line) - len(line.lstrip())


def live(lines, i):
    """False when the directive on line i sits in a literal block, code block or comment."""
    level = indent(lines[i])
    j = i - 1
    while level > 0 and j >= 0:
        line = lines[j]
        if line.strip() and indent(line) < level:
            level = indent(line)
            text = line.strip()
            directive = ANY_DIRECTIVE.match(line)
            if directive:
                if directive.group(1) in LITERAL_DIRECTIVES:
                    return False
            elif text == '..' or (text.startswith('.. ') and not text.startswith('.. _')
                                  and not text.startswith('.. |')):
                return False  # a comment
            elif text.endswith('::'):
                return False  # a paragraph introducing a literal block
        j -= 1
    return True


def directive_block(lines, i):
    """The argument words and the options of the directive on line i, as docutils reads them."""
    level = indent(lines[i])
    first = DIRECTIVE.match(lines[i]).group(2)
    body = []
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or indent(lines[j]) > level):
        body.append(lines[j])
        j += 1
    while body and not body[-1].strip():
        body.pop()
    argument = [first]
    k = 0
    while k < len(body) and body[k].strip() and not body[k].strip().startswith(':'):
        argument.append(body[k].strip())
        k += 1
    options = {}
    name = None
    field_indent = None
    for line in body[k:]:
        if not line.strip():
            name = None
            continue
        field = FIELD.match(line.strip())
        if field and (field_indent is None or indent(line) <= field_indent):
            field_indent = indent(line)
            name = field.group(1)
            options[name] = field.group(2).strip()
        elif name is not None:
            options[name] = (options[name] + '\n' + line.strip()).strip()
    return ' '.join(argument).split(), options


def command(srctree, words, options):
    """kerneldoc.py's command line for one directive (without the script's path)."""
    cmd = ['-rst', '-enable-lineno', '-sphinx-version', '5.3.0']
    filename = srctree + '/' + words[0]
    patterns = []
    if 'functions' in options:
        options['identifiers'] = options['functions']
    if 'export' in options:
        cmd += ['-export']
        patterns = options['export'].split()
    elif 'internal' in options:
        cmd += ['-internal']
        patterns = options['internal'].split()
    elif 'doc' in options:
        cmd += ['-function', options['doc']]
    elif 'identifiers' in options:
        identifiers = options['identifiers'].split()
        if identifiers:
            for name in identifiers:
                cmd += ['-function', name]
        else:
            cmd += ['-no-doc-sections']
    if 'no-identifiers' in options:
        for name in options['no-identifiers'].split():
            cmd += ['-nosymbol', name]
    for pattern in patterns:
        for f in glob.glob(srctree + '/' + pattern):
            cmd += ['-export-file', f]
    return cmd + [filename]


def main():
    srctree, runs_out, where_out = sys.argv[1:4]
    documentation = os.path.join(srctree, 'Documentation')
    sources = []
    for folder, dirs, files in os.walk(documentation):
        dirs[:] = sorted(d for d in dirs if os.path.join(folder, d) != os.path.join(documentation, 'output'))
        sources += [os.path.join(folder, f) for f in sorted(files) if f.endswith('.rst')]
    with open(runs_out, 'w') as runs, open(where_out, 'w') as where:
        for source in sources:
            with open(source, encoding='utf-8', errors='replace') as f:
                lines = f.read().split('\n')
            for i, line in enumerate(lines):
                if DIRECTIVE.match(line) and live(lines, i):
                    words, options = directive_block(lines, i)
                    if not words or ('doc' in options and not options['doc']):
                        continue  # docutils refuses these before kerneldoc.py runs
                    runs.write('\t'.join(command(srctree, words, options)) + '\n')
                    where.write('%s:%d\n' % (os.path.relpath(source, srctree), i + 1))


if __name__ == '__main__':
    main()
