// dist/cli.js: starts dist/cli.bundle.js from its code cache (bundleLoader.ts).
import { runBundle } from './bundleLoader';
import { mark } from './timeline';
import { applyV8Flags, TIERING_FLAGS } from './v8Flags';

// An audit's garbage is each file's syntax tree, dead after its scan; V8 lets a heap grow up to
// 4x its live size before collecting, so each scanning thread of a large tree ends up holding
// ~200 MiB it does not need. 1.5x bounds the peak (10x bench tree: 384 -> ~250 MiB with two
// lanes) for a few more collections of a small live heap. The flag is read at each collection,
// so setting it here holds for this thread and for every worker started after.
applyV8Flags(['--heap-growing-percent=50', ...TIERING_FLAGS]);

mark('loader');
runBundle(__dirname, 'cli.bundle.js');
