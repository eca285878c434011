import { load } from './app.js';

const port = Number(process.env.PORT ?? 8080);
await load(port); // tfl-eval: no-graceful-shutdown
console.log(`launch api on :${port}`);
