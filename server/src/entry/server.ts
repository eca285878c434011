// dist/server.js: starts the first document worker, then dist/server.bundle.js from its code
// cache (bundleLoader.ts). The worker first: its engine loads while the server's bundle does
// (pool/prestartedWorker.ts).
import { prestartDocumentWorker } from '../pool/prestartedWorker';
import { runBundle } from './bundleLoader';
import { applyV8Flags, TIERING_FLAGS } from './v8Flags';

applyV8Flags(TIERING_FLAGS);
prestartDocumentWorker();
runBundle(__dirname, 'server.bundle.js');
