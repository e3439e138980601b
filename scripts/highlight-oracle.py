#!/usr/bin/env python3
"""Expected highlighting tokens from docutils + Pygments (the oracle for org.kdocs.source.highlight).

Two sources of code:
  samples DIR       every LANG.txt in DIR holds our own snippets separated by lines '----'
  kernel ROOT LANG  every code-block/code directive in LANG under ROOT (*.rst)
Writes JSON lines {"language", "code", "tokens": [[classes, text], ...], "pygments": version} to --out
(default stdout), each token as docutils' code directive would emit it (long class names, merged, final
newline dropped); "pygments" records the Pygments version that produced the tokens.
"""
import argparse
import json
import os
import re
import sys

import pygments
from docutils.utils.code_analyzer import Lexer

DIRECTIVE = re.compile(r'^(\s*)\.\.\s+(?:code-block|code|sourcecode)::\s*(\S+)\s*$')


def expected(language, code):
    return [[list(classes), text] for classes, text in Lexer(code, language, 'long')]


def kernel_blocks(root, language):
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith('.rst'):
                continue
            with open(os.path.join(dirpath, name), encoding='utf-8', errors='replace') as f:
                lines = f.read().splitlines()
            i = 0
            while i < len(lines):
                m = DIRECTIVE.match(lines[i])
                i += 1
                if not m or m.group(2).lower() != language:
                    continue
                indent = len(m.group(1))
                body = []
                while i < len(lines) and (not lines[i].strip() or
                                          len(lines[i]) - len(lines[i].lstrip()) > indent):
                    body.append(lines[i])
                    i += 1
                while body and body[0].strip().startswith(':') and body[0].strip() != ':':
                    body.pop(0)  # directive options
                while body and not body[-1].strip():
                    body.pop()
                while body and not body[0].strip():
                    body.pop(0)
                if not body:
                    continue
                margin = min(len(l) - len(l.lstrip()) for l in body if l.strip())
                yield '\n'.join(l[margin:] for l in body)


def sample_blocks(directory):
    for name in sorted(os.listdir(directory)):
        if name.endswith('.txt'):
            with open(os.path.join(directory, name), encoding='utf-8') as f:
                text = f.read()
            for block in re.split(r'(?m)^----\n', text):
                block = block.rstrip('\n')
                if block:
                    yield name[:-4], block


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('source', choices=['samples', 'kernel'])
    parser.add_argument('root')
    parser.add_argument('language', nargs='?')
    parser.add_argument('--out')
    args = parser.parse_args()
    if args.source == 'samples':
        pairs = sample_blocks(args.root)
    else:
        pairs = ((args.language, code) for code in kernel_blocks(args.root, args.language))
    out = open(args.out, 'w', encoding='utf-8') if args.out else sys.stdout
    seen = set()
    for language, code in pairs:
        if (language, code) in seen:
            continue
        seen.add((language, code))
        out.write(json.dumps({'language': language, 'code': code, 'tokens': expected(language, code),
                              'pygments': pygments.__version__},
                             ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
