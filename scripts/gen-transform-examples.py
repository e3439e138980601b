#!/usr/bin/env python3
"""Regenerates the expected side of kdocs' transform examples with docutils 0.19.

For every src/test/resources/transforms/NAME.rst this writes
  NAME.parsed     the tree right after parsing, in pseudo-XML, with each
                  element's line, source and rawsource added as kdocs:*
                  attributes (the test-side reader turns them back into node
                  state, since plain pseudo-XML does not show them);
  NAME.pseudoxml  what rst2pseudoxml.py prints (the transformed tree);
  NAME.stderr     what its transforms write to the warning stream.
Run from the repository root: python3 scripts/gen-transform-examples.py
"""
import glob
import io
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


def parsed(text, name):
    settings = get_default_settings(Parser)
    settings.warning_stream = PARSE_WARNINGS
    document = new_document(name, settings)
    Parser().parse(text, document)
    probe = document.reporter.system_message(0, 'probe')
    if probe.get('line') is not None:
        document['kdocs:endline'] = probe['line']
    document['kdocs:lines'] = len(text.splitlines())
    for node in document.findall(nodes.Element):
        if node.line is not None:
            node['kdocs:line'] = node.line
        if node.source is not None and node is not document:
            node['kdocs:source'] = node.source
        if node.rawsource and not isinstance(node, nodes.document):
            node['kdocs:rawsource'] = urllib.parse.quote(node.rawsource, safe='')
    return document.pformat()


def transformed(text, name):
    warnings = io.StringIO()
    try:
        out = publish_string(text, source_path=name, writer_name='pseudoxml',
                             settings_overrides={'warning_stream': warnings,
                                                 'output_encoding': 'unicode'})
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
