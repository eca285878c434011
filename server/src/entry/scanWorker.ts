// dist/scanWorker.js: starts dist/scanWorker.bundle.js from its code cache (bundleLoader.ts).
import { runBundle } from './bundleLoader';

runBundle(__dirname, 'scanWorker.bundle.js');
