// Measures, on a generated 5,000-line TypeScript file: the time from didChange to
// publishDiagnostics through the real server (dist/server.js over stdio), next to what
// ts.createSourceFile alone and the engine's scan() alone take on the same text.
// Run: npm run bench (after npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { scan } from '../server/src/engine/scan';
import { TestClient } from '../test/helpers/lspClient';
import { DEBOUNCE_MS } from '../server/src/validation';

const RUNS = 15;

function generate(lines: number): string {
  const out: string[] = ["import express from 'express';", "import { Pool } from 'pg';", ''];
  for (let i = 0; out.length < lines - 2; i++) {
    out.push(
      `export interface Order${i} { id: string; totalCents: number; items: Array<{ sku: string; quantity: number }> }`,
      `export async function loadOrder${i}(pool: Pool, id: string): Promise<Order${i} | undefined> {`,
      `  const result = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);`,
      `  const token = process.env.ORDER_TOKEN_${i};`,
      `  if (!token) throw new Error('ORDER_TOKEN_${i} is required');`,
      `  return result.rows[0] as Order${i} | undefined;`,
      '}',
      '',
    );
  }
  out.push("const dbPassword = 'kT9vQ2mZ7rX4pL8w';", 'export const app = express();');
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number[] {
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

async function main(): Promise<void> {
  const text = generate(5000);
  const lineCount = text.split('\n').length;
  const parse = time(() => ts.createSourceFile('big.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  const engine = time(() => scan({ path: 'src/big.ts' }, text));

  const root = mkdtempSync(join(tmpdir(), 'twelve-factor-bench-'));
  const client = new TestClient({ workspace: root });
  const roundTrips: number[] = [];
  try {
    await client.initialize();
    const uri = client.open('src/big.ts', text, 'typescript');
    await client.nextDiagnostics(uri, (list) => list.length > 0);
    for (let i = 0; i < RUNS; i++) {
      const since = client.publishCount(uri);
      const start = performance.now();
      const version = client.change(uri, `${text}\n// edit ${i}\n`);
      await client.nextDiagnostics(uri, () => client.diagnostics.get(uri)!.at(-1)!.version === version, since);
      roundTrips.push(performance.now() - start);
    }
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`file: ${lineCount} lines, ${(text.length / 1024).toFixed(0)} KiB, median of ${RUNS} runs`);
  console.log(`ts.createSourceFile alone:            ${fmt(median(parse))}`);
  console.log(`engine scan() (all rules):            ${fmt(median(engine))}`);
  console.log(`didChange -> publishDiagnostics:      ${fmt(median(roundTrips))} (includes the ${DEBOUNCE_MS} ms typing debounce)`);
  console.log(`  of which server work after debounce: ${fmt(median(roundTrips) - DEBOUNCE_MS)}`);
}

void main();
