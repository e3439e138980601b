#!/usr/bin/env python3
"""End-to-end check of `kdocs pseudoxml` (parser + transforms) against
docutils' rst2pseudoxml.py on the docutils parser test inputs and the
transform examples. Needs target/kdocs.jar (mvn package). Prints the match
rate; -v lists the ids that differ.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, 'scripts')
import importlib.util
spec = importlib.util.spec_from_file_location('gen', 'scripts/gen-transform-examples.py')
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def main():
    verbose = '-v' in sys.argv
    cases = []
    for line in open('src/test/resources/conformance/docutils-rst-cases.jsonl', encoding='utf-8'):
        row = json.loads(line)
        cases.append((row['id'], row['input']))
    ex = 'src/test/resources/transforms'
    for name in sorted(os.listdir(ex)):
        if name.endswith('.rst'):
            cases.append(('example/' + name, open(os.path.join(ex, name), encoding='utf-8').read()))
    work = tempfile.mkdtemp(prefix='kdocs-e2e-')
    files, expected = [], {}
    for i, (case_id, text) in enumerate(cases):
        if gen.overrides(text):
            continue
        try:
            out, _ = gen.transformed(text, 'test.rst')
        except Exception:
            continue
        if not out:
            continue
        path = os.path.join(work, 'c%04d' % i, 'test.rst')
        os.makedirs(os.path.dirname(path))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        files.append(path)
        expected[path] = (case_id, out)
    outdir = os.path.join(work, 'out')
    subprocess.run(['java', '-jar', 'target/kdocs.jar', 'pseudoxml', '--source-name', 'test.rst', '-o', outdir]
                   + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    passed = 0
    for path in files:
        case_id, want = expected[path]
        got_path = os.path.join(outdir, path.lstrip('/') + '.pseudoxml')
        got = open(got_path, encoding='utf-8').read() if os.path.exists(got_path) else None
        if got == want:
            passed += 1
        elif verbose:
            print(case_id)
    print('kdocs pseudoxml: %d of %d inputs match rst2pseudoxml.py exactly (%.1f%%)'
          % (passed, len(files), 100.0 * passed / max(1, len(files))))


if __name__ == '__main__':
    main()
