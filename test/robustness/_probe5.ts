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
for (const size of [250_000, 500_000, 1_000_000]) {
  const text = minified(size);
  for (const rule of RULES) {
    const t = performance.now();
    const f = scan({ path: 'a.min.js' }, text, {}, [rule]);
    console.log(size, rule.meta.id, (performance.now() - t).toFixed(0), 'ms', f.length);
  }
}
