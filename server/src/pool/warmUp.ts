// A document worker's warm-up while it waits for its first document: small generated TypeScript
// files, each scanned in three slices (prefilters, parse, checks), so that code has run (feedback
// collected, hot functions compiled) before the editor's first open arrives: with 1.5 s between
// start-up and the open, the worker's CPU from the open of the bench's 5,000-line file to its
// findings went ~290 -> ~235 ms (docs/speed-history.md, 6 December, speed19). It only uses time the
// worker would spend idle: before each slice it reads its message queue, and the first message (a
// document) ends it for good, so a document waits for at most the slice that was running. In the
// bench's timeline (the open right after initialize) the worker is mostly still loading when the
// open arrives, and the warm-up runs no slice at all.
import { ParsedDocument } from '../engine/languages';
import { TextPrefilters } from '../engine/prefilter';
import { mayRunAnyCheck, scanParsed } from '../engine/scan';
import { RULES } from '../engine/rules';
import type { Grammars } from '../grammars';

/** Samples at most: enough for the parser and the checks to be warm, without holding a core long after start-up. */
export const WARM_UP_SAMPLES = 8;

/**
 * One sample: an app module of the usual shape (imports, types, async handlers that read
 * the environment, a pool query, a route, a credential that a check reports, so its reporting path
 * warms too). Each sample's names differ, as a real file's do. The value is generated, no real key.
 */
export function warmUpSample(slice: number): string {
  const lines = [`import express from 'express';`, `import { Pool } from 'pg';`, `import { readFile } from 'node:fs/promises';`, ''];
  for (let i = slice * 4; i < slice * 4 + 4; i++) {
    lines.push(
      `export interface Invoice${i} { id: string; amountCents: number; lines: Array<{ sku: string; count: number }> }`,
      `export async function loadInvoice${i}(pool: Pool, id: string): Promise<Invoice${i} | undefined> {`,
      `  const result = await pool.query('SELECT * FROM invoices WHERE id = $1', [id]);`,
      `  const apiKey = process.env.BILLING_API_KEY_${i} ?? '';`,
      `  if (!apiKey) throw new Error('BILLING_API_KEY_${i} is required');`,
      `  const template = await readFile(\`templates/invoice-${i}.html\`, 'utf8');`,
      `  return result.rows.length > 0 ? ({ ...result.rows[0], template } as Invoice${i}) : undefined;`,
      '}',
      '',
    );
  }
  lines.push(
    `const billingSecret${slice} = 'wQ7nR2xK9vL4mT8p';`,
    `export const app${slice} = express();`,
    `app${slice}.get('/invoices/:id', async (req, res) => res.json({ id: req.params.id, signed: billingSecret${slice}.length }));`,
    `app${slice}.listen(Number(process.env.PORT ?? 3000), () => console.log('billing up'));`,
    '',
  );
  return lines.join('\n');
}

export interface WarmUp {
  /** Ends the warm-up: no slice starts after this call. */
  stop(): void;
  /** The number of slices run, once the warm-up has ended (all run, or stopped). */
  readonly done: Promise<number>;
}

/**
 * Runs the slices, the steps of `slices` (a generator yields between two), one per turn of the
 * event loop. Before each it waits for setImmediate, which runs after the loop has polled for
 * messages, and then asks `arrived` (the worker reads its port's queue there: a message queued
 * before the worker listened is delivered after the first turn's immediates): a document that
 * arrived during a slice is handled before the next would start, and ends the warm-up. A slice
 * that throws ends it too: it was only ever an optimisation.
 */
export function startWarmUp(slices: Iterator<unknown>, arrived: () => boolean = () => false): WarmUp {
  let stopped = false;
  const run = async (): Promise<number> => {
    let count = 0;
    try {
      for (;;) {
        await new Promise((next) => setImmediate(next));
        if (stopped || arrived() || stopped) break;
        if (slices.next().done) break;
        count++;
      }
    } catch {
      // A broken sample: the warm-up ends, the worker serves documents as it would have.
    } finally {
      slices.return?.();
    }
    return count;
  };
  return {
    stop: () => {
      stopped = true;
    },
    done: run(),
  };
}

/**
 * The warm-up's slices: for each sample, what an open costs the worker (openDocuments.ts) in three
 * steps, the prefilters, a parse kept for edits, then every check, each step a slice of its own
 * (the first sample's run cold, tens of milliseconds each). A parse is dropped after its scan, or
 * when the warm-up ends between two steps.
 */
export function* warmUpScans(grammars: Grammars, samples = WARM_UP_SAMPLES): Generator<void, void, undefined> {
  for (let index = 0; index < samples; index++) {
    const text = warmUpSample(index);
    const prefilters = new TextPrefilters(text);
    if (!mayRunAnyCheck('typescript', text, {}, RULES, prefilters)) return;
    yield;
    const parsed = new ParsedDocument(`src/billing/invoices-${index}.ts`, text, 'typescript', grammars);
    try {
      parsed.remembersChecks = true;
      parsed.reusePrefilters(prefilters);
      parsed.parseNow();
      yield;
      scanParsed(parsed, { treeSitter: grammars });
    } finally {
      parsed.dispose();
    }
    yield;
  }
}
