// Reads .cpuprofile files of a bundled run (node --cpu-prof dist/cli.js ...) and says where the
// time went by stage: each sample's function is placed in the bundle's source module (esbuild
// marks each with a `// path` comment) and the module in a stage. Native frames (a RegExp's
// execution, a builtin like readFileUtf8 or postMessage, node's own modules) belong to the stage
// of the JavaScript that called them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The development bundles: unminified, with esbuild's module markers that name each function's source. */
export function buildDevelopmentBundles(repo: string): void {
  execFileSync(process.execPath, [join(repo, 'esbuild.mjs')], { cwd: repo, stdio: 'inherit' });
}

export function buildProductionBundles(repo: string): void {
  execFileSync(process.execPath, [join(repo, 'esbuild.mjs'), '--production'], { cwd: repo, stdio: 'inherit' });
}

/** First matching stage wins; the patterns test the source module's path. */
const STAGES: ReadonlyArray<[string, RegExp]> = [
  ['parse: typescript', /node_modules\/typescript\//],
  ['parse: tree-sitter', /web-tree-sitter|treeSitter|wasm/],
  // The AST helpers (walk, names, bindings) are the rules' own work, not parsing.
  ['rules', /engine\/(rules|secrets|fixes)\/|engine\/languages\/ts-ast\.ts/],
  // Where two versions of an open document differ, for the incremental parsers.
  ['parse: changed region', /engine\/languages\/incremental\.ts/],
  ['parse: yaml/json/other', /node_modules\/(yaml|jsonc-parser)\/|engine\/languages\//],
  ['prefilter + scan driver', /engine\/(scan|checkRuns|regions|source|suppress|fingerprint|prefilter[\w-]*)\.ts|engine\/(languages\/units\.ts|scope\/)/],
  ['LSP + messages', /node_modules\/vscode-(languageserver|jsonrpc)|server\/src\/(server|validation|codeActions|diagnostics|settings|workspace)\.ts|pool\/(documentScanner|openDocuments)/],
  ['walk + read + pool', /server\/src\/(walk|gitignore|auditRun|safeRead|dependencyFacts|productionFacts|pool\/)|node:fs|node:internal\/fs/],
  ['format', /server\/src\/format\//],
  // Starting a bundle from its code cache (entry/bundleLoader.ts runs it through node:vm).
  ['load code', /server\/src\/entry\/|cjs\/loader|compileFunction|wrapSafe|bootstrap\/realm/],
];

/** Line ranges of the bundle's modules, from esbuild's `// path/to/module.ts` markers. */
function moduleMap(bundle: string): Array<{ line: number; module: string }> {
  const marks: Array<{ line: number; module: string }> = [];
  bundle.split('\n').forEach((text, line) => {
    // A checkout whose node_modules links to another's names it `../../main/node_modules/...`.
    const match = /^\/\/ (?:\.\.\/)*(?:[\w.-]+\/)*?((?:node_modules|server|client)\/\S+)$/.exec(text);
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
    const stages = stagesOfNodes(profile.nodes, bundles);
    for (const node of profile.nodes) {
      const ms = selfTime.get(node.id) ?? 0;
      if (ms === 0) continue;
      const stage = stages.get(node.id) ?? 'other';
      totals.set(stage, (totals.get(stage) ?? 0) + ms);
    }
  }
  return totals;
}

/** Every node's stage; the nodes come parents first, so a native frame finds its caller's stage. */
function stagesOfNodes(nodes: readonly ProfileNode[], bundles: Map<string, Array<{ line: number; module: string }>>): Map<number, string> {
  const parentOf = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const stages = new Map<number, string>();
  const stageOfId = (id: number): string => {
    const known = stages.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const own = stageOf(node, bundles);
    const parent = parentOf.get(id);
    const stage = own === undefined ? (parent === undefined ? 'other' : stageOfId(parent)) : own;
    stages.set(id, stage);
    return stage;
  };
  for (const node of nodes) stageOfId(node.id);
  return stages;
}

/** Undefined for a native frame or node's own code: its caller decides. */
function stageOf(node: ProfileNode, bundles: Map<string, Array<{ line: number; module: string }>>): string | undefined {
  const { url, functionName, lineNumber } = node.callFrame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(program)') return 'other';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(root)') return 'other';
  if (/cjs\/loader|compileFunction|wrapSafe|bootstrap\/realm/.test(`${url} ${functionName}`)) return 'load code';
  if (url === '' || url.startsWith('node:')) return undefined;
  let where = url;
  if (url.startsWith('file://') && url.endsWith('.js') && url.includes('/dist/')) {
    const path = new URL(url).pathname;
    if (!bundles.has(path)) bundles.set(path, moduleMap(readFileSync(path, 'utf8')));
    where = moduleAt(bundles.get(path)!, lineNumber);
  }
  return STAGES.find(([, pattern]) => pattern.test(where) || pattern.test(functionName))?.[0] ?? 'other';
}

/**
 * The stages by CPU; with `waiting`, then the time threads sat idle (file system round trips, a
 * worker with nothing to scan), which costs an audit wall time without CPU and shows in no stage.
 * (A language server idles by design between edits: its bench leaves this out.)
 */
export function formatStages(totals: Map<string, number>, options: { waiting?: boolean } = {}): string {
  const busy = [...totals].filter(([stage]) => stage !== 'idle');
  const sum = busy.reduce((total, [, ms]) => total + ms, 0);
  const lines = busy
    .sort((a, b) => b[1] - a[1])
    .map(([stage, ms]) => `  ${stage.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / sum) * 100).toFixed(0).padStart(3)}%`);
  if (!options.waiting) return lines.join('\n');
  const idle = totals.get('idle') ?? 0;
  return [...lines, `  ${'waiting (idle threads)'.padEnd(26)} ${idle.toFixed(0).padStart(6)} ms`].join('\n');
}

if (process.argv[1]?.endsWith('profile.ts') && process.argv[2]) console.log(formatStages(stagesOf(process.argv[2])));
