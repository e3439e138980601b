#!/usr/bin/env python3
"""Regenerates the expected side of kdocs' transform examples with docutils 0.19.

For every src/test/resources/transforms/NAME.rst this writes
  NAME.parsed     the tree right after parsing, in pseudo-XML, with each
                  element's line, source and rawsource added as kdocs:*
                  attributes; each text starts with U+2402, shows its final
                  line break as U+2424 and its escape markers (NUL) as U+2400
                  (the test-side reader turns them back into node state,
                  since plain pseudo-XML does not show them);
  NAME.pseudoxml  what rst2pseudoxml.py prints (the transformed tree);
  NAME.stderr     what its transforms write to the warning stream.
Run from the repository root: python3 scripts/gen-transform-examples.py
"""
import glob
import io
import json
import os
import sys
import urllib.parse

from docutils import nodes
from docutils.core import publish_string
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document, SystemMessage

HERE = 'src/test/resources/transforms'
PARSE_WARNINGS = io.StringIO()
NEWLINE_MARK = '\u2424'
NUL_MARK = '\u2400'
TEXT_MARK = '\u2402'


def parsed(text, name):
    settings = get_default_settings(Parser)
    settings.warning_stream = PARSE_WARNINGS
    settings.report_level = overrides(text).get('report_level', settings.report_level)
    document = new_document(name, settings)
    Parser().parse(text, document)
    probe = document.reporter.system_message(0, 'probe')
    if probe.get('line') is not None:
        document['kdocs:endline'] = probe['line']
    document['kdocs:lines'] = len(text.splitlines())
    # pformat drops a text's final line break; mark it so the reader can restore it
    # and its backslash-escape markers (NUL, which pformat hides) as U+2400
    for text in list(document.findall(nodes.Text)):
        marked = str(text).replace('\x00', NUL_MARK)
        if marked.endswith('\n'):
            marked = marked[:-1] + NEWLINE_MARK
        # U+2402 starts every text, so adjacent texts and white-space-only lines stay apart
        text.parent.replace(text, nodes.Text(TEXT_MARK + marked))
    for node in document.findall(nodes.Element):
        if node is not document:
            # every element carries kdocs:line (0: unknown), which tells elements from text that looks like one
            node['kdocs:line'] = node.line or 0
        if node.source is not None and node is not document:
            node['kdocs:source'] = node.source
        if node.rawsource and not isinstance(node, nodes.document):
            node['kdocs:rawsource'] = urllib.parse.quote(node.rawsource, safe='')
    return document.pformat()


def overrides(text):
    """Settings named on a first line '.. kdocs-settings: {json}' (the Java test reads it too)."""
    first = text.split('\n', 1)[0]
    prefix = '.. kdocs-settings: '
    return json.loads(first[len(prefix):]) if first.startswith(prefix) else {}


def transformed(text, name):
    warnings = io.StringIO()
    settings = {'warning_stream': warnings, 'output_encoding': 'unicode'}
    settings.update(overrides(text))
    writer = None
    if settings.pop('kdocs_html_admonitions', False):
        # pseudo-XML plus the transform docutils' HTML writers add
        from docutils.transforms import writer_aux
        from docutils.writers import pseudoxml

        class AdmonitionsWriter(pseudoxml.Writer):
            def get_transforms(self):
                return super().get_transforms() + [writer_aux.Admonitions]
        writer = AdmonitionsWriter()
    try:
        out = publish_string(text, source_path=name, writer=writer, writer_name='pseudoxml',
                             settings_overrides=settings)
    except SystemMessage as error:
        out = ''
        warnings.write('Exiting due to level-%s (%s) system message.\n'
                       % (error.level, ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'SEVERE'][error.level]))
    return out, warnings.getvalue()


def main():
    os.chdir(HERE)
    for path in sorted(glob.glob('*.rst')):
        base = path[:-4]
        text = open(path, encoding='utf-8').read()
        PARSE_WARNINGS.seek(0)
        PARSE_WARNINGS.truncate()
        with open(base + '.parsed', 'w', encoding='utf-8') as f:
            f.write(parsed(text, path))
        out, err = transformed(text, path)
        # keep only what the transforms write: parsing wrote the same prefix
        err = err[len(PARSE_WARNINGS.getvalue()):]
        with open(base + '.pseudoxml', 'w', encoding='utf-8') as f:
            f.write(out)
        with open(base + '.stderr', 'w', encoding='utf-8') as f:
            f.write(err)


if __name__ == '__main__':
    main()
