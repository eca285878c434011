// A document worker's warm-up (server/src/pool/warmUp.ts) uses only time the worker would be idle:
// a document that arrives while it runs waits for at most the slice in progress, and no slice runs
// after it. The sample it scans must reach the parser and the checks, or the warm-up warms nothing.
import assert from 'node:assert/strict';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { scan } from '../../server/src/engine/scan';
import { startWarmUp, warmUpSample, warmUpScans, WARM_UP_SAMPLES } from '../../server/src/pool/warmUp';
import { Grammars } from '../../server/src/grammars';
import { planningWarmUpSample } from '../../server/src/codeActions';
import { ignoreLineEdit, planFixOrRefusal } from '../../server/src/engine/fixes/plan';

/** Holds the thread for `ms`, as a slice's scan does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** `count` slices, each running `step` with its index. */
function* slices(count: number, step: (index: number) => void): Generator<void> {
  for (let index = 0; index < count; index++) {
    step(index);
    yield;
  }
}

describe('warming a document worker up', () => {
  it('handles a message that arrives during a slice before the next slice, and runs no slice after it', async () => {
    const { port1, port2 } = new MessageChannel();
    const started: number[] = [];
    let handledAfter: number | undefined;
    const warmUp = startWarmUp(slices(20, (index) => {
      started.push(index);
      // The document arrives in the middle of slice 3 (from the LSP thread, in the worker's case).
      if (index === 3) port2.postMessage('didOpen');
      busy(5);
    }));
    port1.on('message', () => {
      warmUp.stop();
      handledAfter = started.length;
    });
    const ran = await warmUp.done;
    port1.close();
    assert.equal(handledAfter, 4, 'the message waited for the slice it arrived in, and no other');
    assert.equal(ran, 4, 'the warm-up ended there');
    assert.deepEqual(started, [0, 1, 2, 3]);
  });

  it('runs no slice when a message is already waiting (queued before the worker listened)', async () => {
    const { port1, port2 } = new MessageChannel();
    port2.postMessage('didOpen');
    const started: number[] = [];
    let taken: unknown;
    const warmUp = startWarmUp(slices(20, (index) => void started.push(index)), () => {
      taken = receiveMessageOnPort(port1)?.message;
      return taken !== undefined;
    });
    assert.equal(await warmUp.done, 0);
    assert.deepEqual(started, []);
    assert.equal(taken, 'didOpen');
    port1.close();
  });

  it('runs every slice when nothing arrives, and ends at a slice that throws', async () => {
    assert.equal(await startWarmUp(slices(6, () => undefined)).done, 6);
    const broken = slices(6, (index) => {
      if (index === 2) throw new Error('a broken sample');
    });
    assert.equal(await startWarmUp(broken).done, 2);
  });

  it('scans samples that reach the parser and the checks, each with a finding to report, and drops each parse', async () => {
    for (const index of [0, WARM_UP_SAMPLES - 1]) {
      const findings = scan({ path: `src/billing/invoices-${index}.ts` }, warmUpSample(index));
      assert.ok(findings.length > 0, `sample ${index} reports nothing: its checks never reach their reporting code`);
    }
    assert.equal(await startWarmUp(warmUpScans(new Grammars())).done, WARM_UP_SAMPLES * 3, 'three slices a sample: prefilters, parse, checks');
  });
});

// The LSP thread's warm-up of code actions (CodeActions.warmUp) plans the fix a check proposes in its sample.
describe('warming code actions up', () => {
  it('plans the fix the credential check proposes in the sample, and places an ignore comment', () => {
    const { text, fix } = planningWarmUpSample();
    const proposed = scan({ path: 'src/db.ts' }, text).flatMap((finding) => (finding.fix ? [finding.fix] : []));
    assert.deepEqual(proposed, [fix], 'the sample is what a check reports: planning it runs the first action\'s code');
    const plan = planFixOrRefusal({ fix, language: 'typescript', documentText: text, relativePathOfDocumentFromAppRoot: 'src/db.ts', neighbours: { gitignore: 'node_modules/\n' } });
    assert.ok(plan && 'documentEdits' in plan && plan.documentEdits.length > 0);
    assert.ok(ignoreLineEdit(text, 1, 'hardcoded-credential', 'typescript', 'src/db.ts'));
  });
});
