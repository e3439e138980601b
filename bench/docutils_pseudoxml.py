#!/usr/bin/env python3
"""docutils 0.19 side of the kernel corpus comparison.

Usage: docutils_pseudoxml.py [--parse-only] OUT_DIR LIST_FILE

LIST_FILE names one .rst file per line (paths relative to the current
directory). For each FILE this writes OUT_DIR/FILE.pseudoxml with what
rst2pseudoxml.py FILE would print, or OUT_DIR/FILE.halt when docutils stops
on a message at its halt level (rst2pseudoxml then prints nothing on
stdout), or OUT_DIR/FILE.crash when docutils itself fails. With
--parse-only it writes the tree right after parsing instead. The last line
printed is the wall time spent in docutils, then its CPU time, in seconds.
"""
import io
import os
import sys
import time

from docutils.core import publish_string
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import SystemMessage, new_document


def convert(path, parse_only):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if parse_only:
        settings = get_default_settings(Parser)
        settings.warning_stream = io.StringIO()
        document = new_document(path, settings)
        Parser().parse(text, document)
        return document.pformat()
    return publish_string(text, source_path=path, writer_name='pseudoxml',
                          settings_overrides={'warning_stream': io.StringIO(),
                                              'output_encoding': 'unicode',
                                              'input_encoding': 'utf-8'})


def main(argv):
    parse_only = '--parse-only' in argv
    args = [a for a in argv if a != '--parse-only']
    out_dir, list_file = args
    files = [line.strip() for line in open(list_file, encoding='utf-8') if line.strip()]
    sys.setrecursionlimit(20000)
    spent = 0.0
    cpu = 0.0
    for path in files:
        target = os.path.join(out_dir, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        start = time.perf_counter()
        start_cpu = time.process_time()
        try:
            output, suffix = convert(path, parse_only), '.pseudoxml'
        except SystemMessage as halt:
            output, suffix = 'HALT: %s\n' % halt, '.halt'
        except Exception as failure:  # a docutils bug: record it, go on
            output, suffix = 'CRASH: %r\n' % failure, '.crash'
        spent += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        with open(target + suffix, 'w', encoding='utf-8') as f:
            f.write(output)
    print('%.3f %.3f' % (spent, cpu))


if __name__ == '__main__':
    main(sys.argv[1:])
