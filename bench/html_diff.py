#!/usr/bin/env python3
"""Page-by-page comparison of two HTML sites: a kdocs build and a Sphinx build.

Usage: html_diff.py [--worst N] [--list FILE] KDOCS_HTML SPHINX_HTML

For every page both sites have (genindex, search, _sources/ and _static/
left out), the main body (the element with role="main") is compared:

- element ids: the ids Sphinx has that kdocs lacks (Sphinx's automatic ids
  idN counted apart, since they depend on the order targets are made);
- internal link targets: the targets of Sphinx's links that kdocs' page
  does not link (a link that leads nowhere in Sphinx's own site, such as a
  mark linking a message Sphinx dropped, is counted apart), and every
  internal link of kdocs' page that does not resolve in kdocs' site (a
  missing file, or a fragment no element of the target page has), those the
  source itself writes to nowhere (the same dead link on Sphinx's page, as a
  raw relative URI `quota <quota>`__ gives) counted apart;
- visible text after whitespace normalisation, as a similarity ratio of the
  word sequences (difflib), leaving out permalink marks and the kernel's
  language menu, which kdocs shows outside the body. White space between two
  Chinese or Japanese characters is taken out on both sides first: kdocs
  deliberately drops the source's line breaks there (Sphinx's pages show them
  as stray spaces), and a paragraph without spaces is one word to difflib.

Prints the worst pages with the first differing words, the totals, and as
its last line: RESULT kernel-html-diff <percent> % of pages with similarity >= 0.98
"""
import difflib
import os
import posixpath
import re
import sys
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scripts'))
from html_body import Body  # noqa: E402

THRESHOLD = 0.98
SKIP_DIRS = ('_sources/', '_static/', '_images/', '_downloads/')
SKIP_PAGES = {'genindex.html', 'search.html', 'spec-report.html'}
AUTO_ID = re.compile(r'^id\d+$')


def parse(path, cache={}):
    if path not in cache:
        body = Body()
        try:
            with open(path, encoding='utf-8', errors='replace') as f:
                body.feed(f.read())
            body.close()
        except OSError:
            body = None
        cache.clear() if len(cache) > 64 else None
        cache[path] = body
    return cache[path]


def pages(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith('.html'):
                rel = os.path.relpath(os.path.join(d, name), root).replace(os.sep, '/')
                if rel not in SKIP_PAGES and not rel.startswith(SKIP_DIRS):
                    out.append(rel)
    return out


def internal(href):
    """The site-relative part of an internal link, or None for an external one."""
    parts = urllib.parse.urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith('//'):
        return None
    return parts


def target(page, href):
    """(path, fragment) an internal href of page points at, path relative to the site root."""
    parts = internal(href)
    if parts is None:
        return None
    path = page if parts.path == '' else posixpath.normpath(
        posixpath.join(posixpath.dirname(page), urllib.parse.unquote(parts.path)))
    return path, urllib.parse.unquote(parts.fragment)


class Resolver:
    """Whether a link target exists in a site: the file, and the fragment as an id of that page."""

    def __init__(self, root):
        self.root = root
        self.ids = {}

    def resolves(self, path, fragment):
        full = os.path.join(self.root, path)
        if path.endswith('/') or os.path.isdir(full):
            full = os.path.join(full, 'index.html')
            path = posixpath.join(path, 'index.html')
        if path.startswith('..') or not os.path.isfile(full):
            return False
        if not fragment or not path.endswith('.html'):
            return True
        if path not in self.ids:
            body = Body()
            with open(full, encoding='utf-8', errors='replace') as f:
                body.feed(f.read())
            self.ids[path] = body.page_ids
        return fragment in self.ids[path]


def wide(ch):
    return unicodedata.east_asian_width(ch) in 'WFH' and not unicodedata.name(ch, '').startswith('HANGUL')


QUOTES = '\u2018\u2019\u201c\u201d'
CJK_GAP = re.compile(r'(?<=\S)\s+(?=\S)')


def cjk_joined(text):
    """The text with white space between two wide characters taken out, on both sides: kdocs
    drops the source's line breaks there (a browser would show them as spaces, which Chinese
    and Japanese do not have), where Sphinx keeps them; CSS Text 3's segment break rule, with
    curly quotes next to a wide character counted as wide, as kdocs' writer does."""
    def gap(m):
        before, after = text[m.start() - 1], text[m.end()]
        joins = wide(before) and wide(after) or wide(before) and after in QUOTES \
            or before in QUOTES and wide(after)
        return '' if joins else m.group(0)
    return CJK_GAP.sub(gap, text)


def similarity(a, b):
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def short_diff(a, b, limit=3):
    """The first few differing stretches of two texts, as words with a little context."""
    wa, wb = a.split(), b.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if tag == 'equal':
            continue
        before = ' '.join(wa[max(0, i1 - 4):i1])
        out.append('    ...%s [-%s-] {+%s+}' % (before, ' '.join(wa[i1:min(i2, i1 + 12)]),
                                                 ' '.join(wb[j1:min(j2, j1 + 12)])))
        if len(out) >= limit:
            break
    return out


def main(argv):
    worst_n = 15
    listing = None
    args = list(argv)
    while args and args[0].startswith('--'):
        opt = args.pop(0)
        if opt == '--worst':
            worst_n = int(args.pop(0))
        elif opt == '--list':
            listing = args.pop(0)
        else:
            sys.exit('unknown option ' + opt)
    if len(args) != 2:
        sys.exit(__doc__)
    kdocs_root, sphinx_root = args
    kpages = set(pages(kdocs_root))
    spages = set(pages(sphinx_root))
    common = sorted(kpages & spages)
    resolver = Resolver(kdocs_root)
    sphinx_resolver = Resolver(sphinx_root)
    sphinx_broken = 0
    results = []
    missing_ids = {}
    auto_missing = 0
    missing_links = {}
    unresolved = {}
    source_broken = {}
    missing_menu = {}
    for page in common:
        k = parse(os.path.join(kdocs_root, page))
        s = parse(os.path.join(sphinx_root, page))
        kt, st = cjk_joined(k.text()), cjk_joined(s.text())
        ratio = similarity(kt, st)
        results.append((ratio, page, kt, st))
        lost = sorted(i for i in s.ids - k.ids if not AUTO_ID.match(i))
        auto_missing += sum(1 for i in s.ids - k.ids if AUTO_ID.match(i))
        if lost:
            missing_ids[page] = lost
        # the kernel's language menu is in Sphinx's body and beside kdocs' body: anywhere on the page
        page_targets = {t for t in (target(page, h) for h in k.page_links) if t is not None}
        lost_menu = sorted(t for t in (target(page, h) for h in s.menu_links)
                           if t is not None and t not in page_targets)
        if lost_menu:
            missing_menu[page] = lost_menu
        ktargets = {t for t in (target(page, h) for h in k.links) if t is not None}
        stargets = {t for t in (target(page, h) for h in s.links) if t is not None}
        # a link of Sphinx's own that leads nowhere (to a message box Sphinx dropped) is not expected
        broken_here = {t for t in stargets - ktargets if not sphinx_resolver.resolves(*t)}
        sphinx_broken += len(broken_here)
        lost_links = sorted(t for t in stargets - ktargets - broken_here
                            if not (AUTO_ID.match(t[1]) and t[0] == page) and not t[0].startswith('_'))
        if lost_links:
            missing_links[page] = lost_links
        bad = [t for t in ktargets if not resolver.resolves(*t)]
        # a link the source itself writes to nowhere (a raw relative URI or fragment): Sphinx's
        # page carries the same dead link, so it is counted apart from kdocs' own
        from_source = sorted(t for t in bad if t in stargets and not sphinx_resolver.resolves(*t))
        if from_source:
            source_broken[page] = from_source
        bad = sorted(set(bad) - set(from_source))
        if bad:
            unresolved[page] = bad

    # every page of kdocs' site is checked for unresolved links, not only the common ones
    for page in sorted(kpages - spages):
        k = parse(os.path.join(kdocs_root, page))
        bad = sorted(t for t in {target(page, h) for h in k.links} if t is not None and not resolver.resolves(*t))
        if bad:
            unresolved[page] = bad

    results.sort(key=lambda r: (r[0], r[1]))
    good = sum(1 for r in results if r[0] >= THRESHOLD)
    print('worst pages (similarity, page, first differences as [-kdocs-] {+sphinx+}):')
    for ratio, page, kt, st in results[:worst_n]:
        if ratio >= 1.0:
            break
        print('  %.3f %s' % (ratio, page))
        for line in short_diff(kt, st):
            print(line)
    if listing:
        with open(listing, 'w', encoding='utf-8') as f:
            for ratio, page, _, _ in results:
                f.write('%.4f %s\n' % (ratio, page))
    print()

    def show(title, table, limit=10):
        total = sum(len(v) for v in table.values())
        print('%s: %d on %d pages' % (title, total, len(table)))
        for page in sorted(table)[:limit]:
            items = table[page]
            print('  %s: %s%s' % (page, ', '.join(fmt(i) for i in items[:6]),
                                  ' ...' if len(items) > 6 else ''))

    def fmt(item):
        return item if isinstance(item, str) else item[0] + ('#' + item[1] if item[1] else '')

    show('sphinx ids missing in kdocs (idN aside)', missing_ids)
    print('sphinx auto ids (idN) missing in kdocs: %d' % auto_missing)
    show('sphinx link targets kdocs does not link', missing_links)
    show('language menu links kdocs does not have on the page', missing_menu)
    print('sphinx links that do not resolve in its own site (not expected of kdocs): %d' % sphinx_broken)
    show('dead links written so in the source (Sphinx has the same)', source_broken)
    show('kdocs links that do not resolve in its site', unresolved)
    print('pages: kdocs %d, sphinx %d, both %d; only in sphinx: %d; only in kdocs: %d'
          % (len(kpages), len(spages), len(common), len(spages - kpages), len(kpages - spages)))
    for page in sorted(spages - kpages)[:10]:
        print('  only in sphinx: ' + page)
    mean = sum(r[0] for r in results) / len(results) if results else 0.0
    print('similarity: mean %.4f, pages >= %.2f: %d of %d' % (mean, THRESHOLD, good, len(results)))
    share = 100.0 * good / len(results) if results else 0.0
    print('RESULT kernel-html-diff %.1f %% of pages with similarity >= %.2f' % (share, THRESHOLD))


if __name__ == '__main__':
    main(sys.argv[1:])
