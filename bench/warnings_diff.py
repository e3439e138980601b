#!/usr/bin/env python3
"""Warnings and pages of a kdocs build against a Sphinx build of the same tree.

Usage: warnings_diff.py [--root DIR]... [--examples N] [--pages KDOCS_HTML SPHINX_HTML]
                        KDOCS_STDERR SPHINX_STDERR

A warning is a first line of the form `file:line: LEVEL: text` (or `file: LEVEL: text`,
or `LEVEL: text`), LEVEL being WARNING, ERROR, CRITICAL or SEVERE, or kernel-doc's own
lower-case `warning:`/`error:`. The continuation lines docutils prints below some
messages are left out. File names are made relative to the given roots (the tree
that each tool built), so an absolute path on one side matches a relative one on
the other. Warnings are compared as a multiset of (file, line, level, text).

The differences are printed both ways, grouped by category: the text with its
quoted parts and numbers blanked, so "undefined label: 'foo'" and "undefined
label: 'bar'" fall into one group. With --pages, the page sets of both sites are
compared too (search, genindex, _sources/ and _static/ left out).

Warnings with the same level and text at another place (file or line) are
counted apart, with the places of both sides, since Sphinx numbers the lines of
text some directives generate and gives no place to some messages. The tree
roots are also taken out of the text (kernel-doc's command line names files).

Last line: RESULT kernel-warnings-diff <n> differing-warnings (printed by one side
only, apart from those at another place)
"""
import argparse
import collections
import os
import re
import sys

LEVEL = r'(?P<level>WARNING|ERROR|CRITICAL|SEVERE|warning|error): (?P<text>.*)$'
# text a directive inserted from another file (kernel-doc) has two places, "docname:N: file:M: ",
# and the second one is the file the text came from
LINES = (re.compile(r'^[^\s:][^:]*?:\d+: (?P<file>[^\s:][^:]*?):(?P<line>\d+): ' + LEVEL),
         re.compile(r'^(?:(?P<file>[^\s:][^:]*?):(?:(?P<line>\d+):)? )?' + LEVEL))
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|“[^”]*”")
NUMBER = re.compile(r'\d+')
SKIP_DIRS = ('_sources/', '_static/', '_images/', '_downloads/', '_sphinx_design_static/')
SKIP_PAGES = {'genindex.html', 'search.html', 'spec-report.html', 'py-modindex.html'}


def relative(path, roots):
    if path is None:
        return ''
    for root in roots:
        prefix = root.rstrip('/') + '/'
        if path.startswith(prefix):
            return path[len(prefix):]
    return os.path.normpath(path) if not os.path.isabs(path) else path


def read_warnings(stderr_path, roots):
    warnings = collections.Counter()
    with open(stderr_path, encoding='utf-8', errors='replace') as f:
        for raw in f:
            m = next(filter(None, (line.match(raw.rstrip('\n')) for line in LINES)), None)
            if m:
                level = m.group('level').upper()
                text = m.group('text').strip()
                for root in roots:
                    text = text.replace(root.rstrip('/') + '/', '')
                warnings[(relative(m.group('file'), roots), int(m.group('line') or 0), level, text)] += 1
    return warnings


def category(warning):
    _, _, level, text = warning
    blanked = NUMBER.sub('N', QUOTED.sub('…', text))
    return f'{level}: {blanked[:70]}'


def show(title, warnings, examples):
    by_category = collections.defaultdict(list)
    for w, n in warnings.items():
        by_category[category(w)].extend([w] * n)
    total = sum(warnings.values())
    print(f'{title}: {total}')
    for cat, items in sorted(by_category.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f'  {len(items):5d}  {cat}')
        for file, line, level, text in sorted(items)[:examples]:
            where = f'{file}:{line}' if line else file
            print(f'           {where}: {level}: {text[:160]}')


def without_place(warnings):
    counted = collections.Counter()
    for (_, _, level, text), n in warnings.items():
        counted[(level, text)] += n
    return counted


def drop_moved(warnings, moved):
    left = collections.Counter(moved)
    kept = collections.Counter()
    for w, n in sorted(warnings.items()):
        key = (w[2], w[3])
        taken = min(n, left[key])
        left[key] -= taken
        if n > taken:
            kept[w] = n - taken
    return kept


def pages(site):
    found = set()
    for dirpath, _, names in os.walk(site):
        for name in names:
            if name.endswith('.html'):
                rel = os.path.relpath(os.path.join(dirpath, name), site).replace(os.sep, '/')
                if rel not in SKIP_PAGES and not rel.startswith(SKIP_DIRS):
                    found.add(rel)
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', action='append', default=[], help='tree root to strip from file names')
    ap.add_argument('--examples', type=int, default=3)
    ap.add_argument('--pages', nargs=2, metavar=('KDOCS_HTML', 'SPHINX_HTML'))
    ap.add_argument('kdocs_stderr')
    ap.add_argument('sphinx_stderr')
    args = ap.parse_args()
    roots = sorted((os.path.abspath(r) for r in args.root), key=len, reverse=True)

    if args.pages:
        kdocs_pages, sphinx_pages = pages(args.pages[0]), pages(args.pages[1])
        print(f'pages: kdocs {len(kdocs_pages)}, sphinx {len(sphinx_pages)}, '
              f'both {len(kdocs_pages & sphinx_pages)}')
        for title, only in (('only in kdocs', kdocs_pages - sphinx_pages),
                            ('only in sphinx', sphinx_pages - kdocs_pages)):
            print(f'pages {title}: {len(only)}')
            for page in sorted(only)[:max(args.examples * 5, 10)]:
                print(f'           {page}')

    kdocs = read_warnings(args.kdocs_stderr, roots)
    sphinx = read_warnings(args.sphinx_stderr, roots)
    common = kdocs & sphinx
    only_kdocs = kdocs - sphinx
    only_sphinx = sphinx - kdocs
    print(f'warnings: kdocs {sum(kdocs.values())}, sphinx {sum(sphinx.values())}, '
          f'identical {sum(common.values())}')
    # the same message at another place: counted apart, with both places (Sphinx numbers the lines
    # of text some directives generate, such as maintainers-include's, where kdocs gives the file's
    # own; it gives no place for a failed kernel-doc run, where kdocs names the directive)
    moved = without_place(only_kdocs) & without_place(only_sphinx)
    if moved:
        print(f'warnings at another place only: {sum(moved.values())}')
        places = collections.Counter()
        for side, warnings in (('kdocs', only_kdocs), ('sphinx', only_sphinx)):
            for (f, line, level, text), n in warnings.items():
                if (level, text) in moved:
                    places[(side, f)] += n
        for (side, f), n in sorted(places.items()):
            print(f'  {n:5d}  {side}: {f or "(no place)"}')
    only_kdocs = drop_moved(only_kdocs, moved)
    only_sphinx = drop_moved(only_sphinx, moved)
    show('warnings only kdocs prints', only_kdocs, args.examples)
    show('warnings only sphinx prints', only_sphinx, args.examples)
    differing = sum(only_kdocs.values()) + sum(only_sphinx.values())
    print(f'RESULT kernel-warnings-diff {differing} differing-warnings')


if __name__ == '__main__':
    sys.exit(main())
