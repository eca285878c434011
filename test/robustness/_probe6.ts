import ts from 'typescript';
import { scan } from '../../server/src/engine/scan';
import { RULES } from '../../server/src/engine/rules';
import { randomChars } from './corpus';
function minified(size: number): string {
  const parts: string[] = []; let n = 0;
  for (let i = 0; n < size; i++) {
    const part = i % 500 === 0 ? `var k${i}={password:"${randomChars(20)}",apiKey:process.env.K${i}};` : `function f${i}(a,b){return a?b[${i}]+"x${i}":(c${i}=[a,b,{q:${i}}]).map(function(d){return d*2})}`;
    parts.push(part); n += part.length;
  }
  return parts.join('');
}
const sizes = process.argv.slice(2).map(Number);
for (const size of sizes) {
  const text = minified(size);
  let t = performance.now();
  ts.createSourceFile('a.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const parse = performance.now() - t;
  t = performance.now();
  const f = scan({ path: 'a.min.js' }, text, {}, [RULES[0]!]);
  console.log(size, 'parse', parse.toFixed(0), 'scan', (performance.now() - t).toFixed(0), 'ms', f.length);
}
