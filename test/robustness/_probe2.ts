import { adversarialCases, caseText } from './corpus';
import { scan } from '../../server/src/engine/scan';
for (const c of adversarialCases()) {
  if (!c.path.startsWith('deep')) continue;
  const text = caseText(c);
  const t = performance.now();
  try {
    const f = scan({ path: c.path }, text);
    console.log(`${(performance.now() - t).toFixed(0).padStart(7)} ms  ${String(f.length).padStart(6)} findings  ${c.path}`);
  } catch (e) {
    console.log(`${(performance.now() - t).toFixed(0).padStart(7)} ms  THROW ${c.path}\n${(e as Error).stack?.split('\n').slice(0,14).join('\n')}`);
  }
}
