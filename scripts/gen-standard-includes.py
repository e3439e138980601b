#!/usr/bin/env python3
"""Regenerates the character-entity table behind include's <isoXXX.txt> names.

Reads the substitution definitions of docutils' standard include files and
writes one line per entity: file, entity name, code points, character name.
Only the mappings are kept (they come from Unicode and the W3C entity sets).
"""
import os
import re
import sys

import docutils.parsers.rst

here = os.path.join(os.path.dirname(docutils.parsers.rst.__file__), 'include')
entry = re.compile(r'^\.\. \|([^|]+)\| +unicode:: ((?:U\+[0-9A-F]+ )+)\.\. (.*)$')
out = []
for name in sorted(os.listdir(here)):
    if not name.endswith('.txt') or name in ('README.txt', 's5defs.txt'):
        continue
    with open(os.path.join(here, name), encoding='utf-8') as f:
        for line in f:
            m = entry.match(line.rstrip('\n'))
            if m:
                out.append('\t'.join((name, m.group(1), m.group(2).strip(), m.group(3))))
target = sys.argv[1] if len(sys.argv) > 1 else 'src/main/resources/org/kdocs/rst/directives/standard-includes.tsv'
with open(target, 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'entities')
