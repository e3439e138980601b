# Regenerates the expected structures of table-parser-cases.txt from docutils.
import sys
from docutils.parsers.rst import tableparser
from docutils.statemachine import StringList

def describe(kind, lines):
    block = StringList(lines, 'test')
    block.pad_double_width('\x00')
    parser = tableparser.GridTableParser() if kind == 'grid' else tableparser.SimpleTableParser()
    try:
        cols, head, body = parser.parse(block)
    except tableparser.TableMarkupError as e:
        return ['error %d: %s' % (e.offset, ' '.join(e.args))]
    out = ['widths ' + ' '.join(map(str, cols))]
    for name, rows in (('head', head), ('body', body)):
        for row in rows:
            out.append(name + ' row')
            for cell in row:
                if cell is None:
                    continue
                mr, mc, off, content = cell
                out.append('  cell %d %d %d %s' % (mr, mc, off, '|'.join(content)))
    return out

src = open(sys.argv[1]).read().split('\n')
result = []
i = 0
while i < len(src):
    line = src[i]
    if line.startswith('=== '):
        kind = line[4:].strip()
        result.append(line)
        i += 1
        table = []
        while not src[i].startswith('--- '):
            table.append(src[i]); result.append(src[i]); i += 1
        result.append('--- expected')
        result.extend(describe(kind, table))
        i += 1
        while i < len(src) and not src[i].startswith('=== '):
            i += 1
    else:
        i += 1
print('\n'.join(result))
