#!/usr/bin/env python3
"""Lists the title problems docutils 0.19 itself finds in .rst files.

For each file, one line per (file, line, kind) as "path:line: kind":
"short" for the "Title underline/overline too short." warnings, "demoted"
for the "Possible title underline, too short for the title." infos (a title
turned into a paragraph because its underline is under 4 characters),
"unexpected", "mismatch" and "level" for the severe "Unexpected section
title", "Title overline & underline mismatch." and "Title level
inconsistent" messages. Unknown (Sphinx and kernel) directives
are registered as stubs; "only" parses its content with its own title
styles, as Sphinx does. Used by scripts/lint-kernel-zh to compare with
kdocs lint.
"""
import io
import re
import sys
from pathlib import Path

import docutils.core
import docutils.utils
from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles

DIRECTIVE_NAME = re.compile(r"^\s*\.\. +([\w.:+-]+?) ?::", re.M)


class Stub(Directive):
    has_content = True
    optional_arguments = 10
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


class Only(Directive):
    has_content = True
    required_arguments = 1
    final_argument_whitespace = True

    def run(self):
        node = nodes.container()
        memo = self.state.memo
        saved = memo.title_styles, memo.section_level
        memo.title_styles, memo.section_level = [], 0
        try:
            self.state.nested_parse(self.content, self.content_offset, node, match_titles=True)
        finally:
            memo.title_styles, memo.section_level = saved
        return [node]


class AnyOptions(dict):
    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return directives.unchanged


def register(names):
    for name in names:
        if name == "only":
            directives.register_directive("only", Only)
            continue
        known = name.lower() in directives._directive_registry or name.lower() in directives._directives
        if not known:
            stub = type("Stub_" + re.sub(r"\W", "_", name), (Stub,), {"option_spec": AnyOptions()})
            directives.register_directive(name, stub)


def generic_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.literal(rawtext, text)], []


def main(paths):
    files = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(p.rglob("*.rst")) if p.is_dir() else [p])
    names = set()
    for f in files:
        names.update(DIRECTIVE_NAME.findall(f.read_text(encoding="utf-8-sig", errors="replace")))
    register(names)
    for role in ("ref", "doc", "c:func", "c:type", "c:macro", "kbd", "menuselection", "cspan", "rspan", "file",
                 "manpage", "c:member", "c:data", "c:expr", "term", "download", "numref"):
        roles.register_canonical_role(role, generic_role)
    out = []
    for f in files:
        stream = io.StringIO()
        settings = {"report_level": 1, "halt_level": 5, "warning_stream": stream,
                    "input_encoding": "utf-8-sig", "file_insertion_enabled": True}
        try:
            docutils.core.publish_doctree(None, source_path=str(f), source_class=docutils.io.FileInput,
                                          settings_overrides=settings)
        except Exception as e:  # a crash is reported, not fatal
            print(f"{f}: docutils failed: {e}", file=sys.stderr)
            continue
        lines = f.read_text(encoding="utf-8-sig").splitlines()
        seen = set()
        for m in re.finditer(r"^(.*?):(\d+): \((\w+)/\d\) (.*)$", stream.getvalue(), re.M):
            src, line, text = m.group(1), int(m.group(2)), m.group(4)
            if Path(src) != f:
                continue
            if text.startswith("Title underline too short.") or text.startswith("Title overline too short."):
                kind = "short"
            elif text.startswith("Possible title underline, too short for the title."):
                if 0 < line <= len(lines) and lines[line - 1].strip() == "::":
                    continue
                kind = "demoted"
            elif text.startswith("Unexpected section title"):
                kind = "unexpected"
            elif text.startswith("Title overline & underline mismatch."):
                kind = "mismatch"
            elif text.startswith("Title level inconsistent"):
                kind = "level"
            else:
                continue
            if (line, kind) not in seen:
                seen.add((line, kind))
                out.append(f"{f}:{line}: {kind}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
