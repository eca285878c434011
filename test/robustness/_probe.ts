import { adversarialCases, caseText } from '/work/main/test/robustness/corpus';
import { scan } from '/work/main/server/src/engine/scan';
const only = process.argv[2];
for (const c of adversarialCases()) {
  if (only && c.path !== only) continue;
  const text = caseText(c);
  const t = performance.now();
  try {
    const f = scan({ path: c.path }, text);
    console.log(`${(performance.now() - t).toFixed(0).padStart(7)} ms  ${String(f.length).padStart(6)} findings  ${c.path}`);
  } catch (e) {
    console.log(`${(performance.now() - t).toFixed(0).padStart(7)} ms  THROW ${(e as Error).message.slice(0,100)}  ${c.path}`);
  }
}
