#!/usr/bin/env python3
"""The main body of an HTML page as kdocs compares it with Sphinx's (stdlib only).

The main body is the element with role="main" (Sphinx's div.body, kdocs'
article). What is compared: its visible text, whitespace normalised, leaving
out permalink marks (a.headerlink) and the kernel's language menu
(div.language-selection), which kdocs shows outside the body; the ids of its
elements; the targets of its links, those of the language menu apart; and the
links of the whole page. Used by bench/html_diff.py and
scripts/sphinx-html-oracle.
"""
import html.parser

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}
BLOCK = {'p', 'div', 'section', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'pre', 'h1', 'h2', 'h3',
         'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'figcaption',
         'caption', 'br', 'article', 'aside', 'nav', 'hr'}


class Body(html.parser.HTMLParser):
    """The main body of one page: its text, its ids, its links; and every id of the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open elements: (tag, in_main, hidden)
        self.chunks = []
        self.ids = set()         # ids inside the main body
        self.page_ids = set()    # ids anywhere on the page
        self.links = []          # hrefs inside the main body (the language menu apart)
        self.menu_links = []     # hrefs of the language menu inside the main body
        self.page_links = []     # hrefs anywhere on the page
        self.found_main = False
        self._classes = []       # class attribute of each open element, parallel to stack

    def _state(self):
        return self.stack[-1][1:] if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        in_main, hidden = self._state()
        if a.get('role') == 'main' and not self.found_main:
            in_main = True
            self.found_main = True
        classes = (a.get('class') or '').split()
        if tag in ('script', 'style', 'template') or 'headerlink' in classes \
                or 'language-selection' in classes:
            hidden = True
        if a.get('id'):
            self.page_ids.add(a['id'])
            if in_main:
                self.ids.add(a['id'])
        if tag == 'a' and a.get('href') is not None:
            self.page_links.append(a['href'])
            if in_main and 'headerlink' not in classes:
                menu = any('language-selection' in (c or '') for c in self._classes)
                (self.menu_links if menu else self.links).append(a['href'])
        if in_main and not hidden and tag in BLOCK:
            self.chunks.append(' ')
        if tag not in VOID:
            self.stack.append((tag, in_main, hidden))
            self._classes.append(a.get('class'))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
            self._classes.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                in_main, hidden = self.stack[i][1:]
                del self.stack[i:]
                del self._classes[i:]
                if in_main and not hidden and tag in BLOCK:
                    self.chunks.append(' ')
                return

    def handle_data(self, data):
        in_main, hidden = self._state()
        if in_main and not hidden:
            self.chunks.append(data)

    def text(self):
        return ' '.join(''.join(self.chunks).split())
