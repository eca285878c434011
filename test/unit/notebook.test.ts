// A notebook's code cells come out as one Python text whose every character maps back to the
// character of the notebook's JSON it was decoded from (escapes included); other cells, outputs
// and IPython's own lines are no Python.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { notebookPython } from '../../server/src/engine/languages/notebook';

interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string[];
}

function notebook(cells: readonly Cell[], indent?: number): string {
  const full = cells.map((cell) => ({ ...cell, metadata: {}, ...(cell.cell_type === 'code' ? { outputs: [], execution_count: null } : {}) }));
  return JSON.stringify({ cells: full, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, indent);
}

/** `["a\n", "b"]`: the lines of a cell's text as nbformat stores them. */
const asSource = (text: string): string[] => text.split(/(?<=\n)/);

describe('notebookPython', () => {
  it("maps each character of the code cells' text to its place in the JSON", () => {
    const line = fc.string({ unit: 'binary', maxLength: 30 }).filter((text) => !/^\s*[%!]/m.test(text));
    const cell = fc.record({ cell_type: fc.constantFrom<Cell['cell_type']>('code', 'markdown', 'raw'), source: fc.array(line, { maxLength: 4 }).map((lines) => asSource(lines.join('\n'))) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), fc.constantFrom(undefined, 1), (cells, indent) => {
        const text = notebook(cells, indent);
        const code = notebookPython(text);
        const expected = cells.filter((c) => c.cell_type === 'code').map((c) => `${c.source.join('')}\n`).join('');
        assert.equal(code?.text, expected);
        let last = 0;
        for (let index = 0; index < code!.text.length; index++) {
          const start = code!.startAt(index);
          const end = code!.endAt(index);
          assert.ok(start >= last && end <= text.length, JSON.stringify({ cells, index }));
          last = start;
          // A cell's closing line break is added (nbformat stores none): it maps to an empty span.
          if (end > start) assert.equal(JSON.parse(`"${text.slice(start, end)}"`), code!.text[index]);
        }
      }),
    );
  });

  it('reads `%env NAME=value` and `!cmd` as the assignment and the call they make, and comments out other magics', () => {
    const text = notebook([{ cell_type: 'code', source: asSource("%env API_TOKEN=tok-123\n!pip install x\n  %timeit f()\nx = 1\n!echo 'a'") }]);
    const code = notebookPython(text)!;
    assert.equal(code.text, "API_TOKEN = \"tok-123\"\nget_ipython().system(r'''pip install x''')\n  #timeit f()\nx = 1\n#echo 'a'\n");
    const at = code.text.indexOf('tok-123');
    assert.equal(text.slice(code.startAt(at), code.endAt(at + 6)), 'tok-123');
  });

  it('skips a cell of another language (%%html, %%writefile of a non-Python file), runs a %%bash cell, keeps a timed cell and a written module', () => {
    const text = notebook([
      { cell_type: 'code', source: asSource('%%bash\nexport A=1\necho "$A"\n') },
      { cell_type: 'code', source: asSource('%%writefile .env\nA=1') },
      { cell_type: 'code', source: asSource('%%html\n<b>x</b>') },
      { cell_type: 'code', source: asSource('%%time\ny = 2') },
      { cell_type: 'code', source: asSource('%%writefile app/config.py\nz = 3') },
    ]);
    const code = notebookPython(text)!;
    assert.equal(code.text, "get_ipython().system(r'''export A=1\necho \"$A\"''')\n#%time\ny = 2\n#%writefile app/config.py\nz = 3\n");
    const at = code.text.indexOf('A=1');
    assert.equal(text.slice(code.startAt(at), code.endAt(at + 2)), 'A=1');
  });

  it("reads no cell of a notebook whose kernel is not Python's", () => {
    const text = JSON.stringify({ cells: [{ cell_type: 'code', source: ['x <- 1'] }], metadata: { kernelspec: { language: 'R', name: 'ir' } }, nbformat: 4 });
    assert.equal(notebookPython(text), undefined);
  });

  it('is undefined for JSON that is no notebook, and total on broken text', () => {
    assert.equal(notebookPython('{"name": "app", "version": "1.0.0"}'), undefined);
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => void notebookPython(text)));
    fc.assert(fc.property(fc.nat({ max: 200 }), (cut) => void notebookPython(notebook([{ cell_type: 'code', source: ['a = "b"\n', 'c'] }]).slice(0, cut))));
  });
});
