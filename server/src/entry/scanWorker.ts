// dist/scanWorker.js: starts dist/scanWorker.bundle.js from its code cache (bundleLoader.ts).
import { runBundle } from './bundleLoader';
import { mark } from './timeline';

mark('loader');
runBundle(__dirname, 'scanWorker.bundle.js');
mark('code loaded');
