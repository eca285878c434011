// Reads .cpuprofile files of a bundled run (node --cpu-prof dist/cli.js ...) and says where the
// time went by stage: each sample's function is placed in the bundle's source module (esbuild
// marks each with a `// path` comment) and the module in a stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** First matching stage wins; the patterns test the source module's path. */
const STAGES: ReadonlyArray<[string, RegExp]> = [
  ['parse: typescript', /node_modules\/typescript\//],
  ['parse: tree-sitter', /web-tree-sitter|treeSitter|wasm/],
  // The AST helpers (walk, names, bindings) are the rules' own work, not parsing.
  ['rules', /engine\/(rules|secrets|fixes)\/|engine\/languages\/ts-ast\.ts/],
  ['parse: yaml/json/other', /node_modules\/(yaml|jsonc-parser)\/|engine\/languages\//],
  ['prefilter + scan driver', /engine\/(scan|source|suppress|fingerprint|prefilter)\.ts/],
  ['LSP + messages', /node_modules\/vscode-(languageserver|jsonrpc)|server\/src\/(server|validation|codeActions|diagnostics|settings|workspace)\.ts|pool\/(documentScanner|openDocuments)/],
  ['walk + read + pool', /server\/src\/(walk|gitignore|auditRun|pool\/)|node:fs|node:internal\/fs/],
  ['format', /server\/src\/format\//],
];

/** Line ranges of the bundle's modules, from esbuild's `// path/to/module.ts` markers. */
function moduleMap(bundle: string): Array<{ line: number; module: string }> {
  const marks: Array<{ line: number; module: string }> = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(text);
    if (match) marks.push({ line, module: match[1]! });
  });
  return marks;
}

function moduleAt(marks: Array<{ line: number; module: string }>, line: number): string {
  let low = 0;
  let high = marks.length - 1;
  let found = '';
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (marks[mid]!.line <= line) {
      found = marks[mid]!.module;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Milliseconds of CPU per stage, summed over every profile in `dir` (main thread and workers). */
export function stagesOf(dir: string): Map<string, number> {
  const bundles = new Map<string, Array<{ line: number; module: string }>>();
  const totals = new Map<string, number>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const selfTime = new Map<number, number>();
    profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
    for (const node of profile.nodes) {
      const ms = selfTime.get(node.id) ?? 0;
      if (ms === 0) continue;
      const stage = stageOf(node, bundles);
      totals.set(stage, (totals.get(stage) ?? 0) + ms);
    }
  }
  return totals;
}

function stageOf(node: ProfileNode, bundles: Map<string, Array<{ line: number; module: string }>>): string {
  const { url, functionName, lineNumber } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  let where = url;
  if (url.startsWith('file://') && url.endsWith('.js') && url.includes('/dist/')) {
    const path = new URL(url).pathname;
    if (!bundles.has(path)) bundles.set(path, moduleMap(readFileSync(path, 'utf8')));
    where = moduleAt(bundles.get(path)!, lineNumber);
  }
  if (/cjs\/loader|compileFunction|wrapSafe/.test(`${url} ${functionName}`)) return 'load code';
  return STAGES.find(([, pattern]) => pattern.test(where) || pattern.test(functionName))?.[0] ?? 'other';
}

export function formatStages(totals: Map<string, number>): string {
  const busy = [...totals].filter(([stage]) => stage !== 'idle');
  const sum = busy.reduce((total, [, ms]) => total + ms, 0);
  return busy
    .sort((a, b) => b[1] - a[1])
    .map(([stage, ms]) => `  ${stage.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / sum) * 100).toFixed(0).padStart(3)}%`)
    .join('\n');
}

if (process.argv[1]?.endsWith('profile.ts') && process.argv[2]) console.log(formatStages(stagesOf(process.argv[2])));
