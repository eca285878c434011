// dist/cli.js: starts dist/cli.bundle.js from its code cache (bundleLoader.ts).
import { runBundle } from './bundleLoader';

runBundle(__dirname, 'cli.bundle.js');
