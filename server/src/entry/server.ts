// dist/server.js: starts dist/server.bundle.js from its code cache (bundleLoader.ts).
import { runBundle } from './bundleLoader';

runBundle(__dirname, 'server.bundle.js');
