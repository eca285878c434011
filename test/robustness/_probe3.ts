import ts from 'typescript';
for (const depth of [1000, 5000, 10000, 20000, 50000, 100000]) {
  for (const [o, c] of [['[', ']'], ['f(', ')'], ['{a:', '}']]) {
    const text = `const x = ${o.repeat(depth)}1${c.repeat(depth)};`;
    try { const sf = ts.createSourceFile('a.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      let n = 0; const rec = (x: ts.Node): void => { n++; ts.forEachChild(x, rec); }; 
      try { rec(sf); console.log(depth, o, 'parsed, walked', n); } catch { console.log(depth, o, 'parsed; WALK overflow'); }
    } catch (e) { console.log(depth, o, 'PARSE', (e as Error).message); }
  }
}
