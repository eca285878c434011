// dist/scanWorker.js: starts dist/scanWorker.bundle.js from its code cache (bundleLoader.ts).
import { workerData } from 'node:worker_threads';
import { runBundle } from './bundleLoader';
import { mark } from './timeline';

mark('loader');
// An audit's worker writes its code cache when its pool ends it (ScanPool.end), after its files; an editor's
// document or history worker lives on, and writes it a while in.
runBundle(__dirname, 'scanWorker.bundle.js', (workerData as { kind?: unknown } | undefined)?.kind === 'files' ? 'at-end' : 'after-a-while');
mark('code loaded');
