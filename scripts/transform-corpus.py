#!/usr/bin/env python3
"""Builds a differential corpus for kdocs' transforms from the docutils parser
test inputs (src/test/resources/conformance/docutils-rst-cases.jsonl): for each input,
docutils' annotated parse-only tree and rst2pseudoxml.py's output and
transform warnings, as JSON lines in target/transform-corpus.jsonl.
Inputs that make docutils halt or crash are left out.
With --smart-quotes the transformed side has smart_quotes on
(target/transform-corpus-smartquotes.jsonl).
Run from the repository root; scripts/transform-conformance-report uses it.
"""
import importlib.util
import io
import json
import os
import sys

spec = importlib.util.spec_from_file_location('gen', 'scripts/gen-transform-examples.py')
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

SOURCE = 'test.rst'


def main():
    smart = '--smart-quotes' in sys.argv
    if smart:
        # educate quotes everywhere: the text-heavy check of the SmartQuotes transform
        original = gen.overrides
        gen.overrides = lambda text: dict(original(text), smart_quotes=True)
    target = 'target/transform-corpus%s.jsonl' % ('-smartquotes' if smart else '')
    rows = [json.loads(line) for line in open('src/test/resources/conformance/docutils-rst-cases.jsonl', encoding='utf-8')]
    os.makedirs('target', exist_ok=True)
    kept = 0
    with open(target, 'w', encoding='utf-8') as out:
        for row in rows:
            text = row['input']
            try:
                gen.PARSE_WARNINGS.seek(0)
                gen.PARSE_WARNINGS.truncate()
                parsed = gen.parsed(text, SOURCE)
                expected, err = gen.transformed(text, SOURCE)
            except Exception:
                continue
            if not expected:
                continue
            err = err[len(gen.PARSE_WARNINGS.getvalue()):]
            out.write(json.dumps({'id': row['id'], 'parsed': parsed, 'expected': expected, 'stderr': err}) + '\n')
            kept += 1
    print('%d of %d inputs kept' % (kept, len(rows)), file=sys.stderr)


if __name__ == '__main__':
    main()
