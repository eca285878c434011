// A fresh worker's first scan runs cold: V8 compiles the parser's and the rules' functions as
// they are first called (the code cache holds bytecode of what ran when it was made, not of
// everything, and no type feedback). The language server's worker scans this small file as soon
// as it starts, while the editor is still sending `initialized` and opening its tabs, so the first
// real document finds that work done. The file only reads the environment: it reports nothing.
import { scan } from '../engine/scan';

/** Shapes most JS/TS checks read: imports, env reads under credential names, a server, a logger, a session. */
export const WARM_UP_SAMPLE = [
  "import express from 'express';",
  "import session from 'express-session';",
  "import winston from 'winston';",
  "const { Pool } = require('pg');",
  'export const config = {',
  '  db: { host: process.env.DB_HOST, password: process.env.DB_PASSWORD ?? "" },',
  '  apiToken: process.env.API_TOKEN || "",',
  '  port: Number(process.env.PORT),',
  '};',
  'const logger = winston.createLogger({ transports: [new winston.transports.Console()] });',
  'const pool = new Pool({ connectionString: process.env.DATABASE_URL });',
  'export const app = express();',
  'app.use(session({ secret: process.env.SESSION_SECRET!, store: undefined }));',
  "app.get('/orders/:id', async (req, res) => res.json((await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id])).rows));",
  "const server = app.listen(config.port, () => logger.info('listening'));",
  "process.on('SIGTERM', () => server.close());",
].join('\n');

/** Scans the sample as TypeScript and as JavaScript; the findings are not wanted. */
export function warmUp(): void {
  scan({ path: 'src/warm-up.ts' }, WARM_UP_SAMPLE);
  scan({ path: 'src/warm-up.js' }, WARM_UP_SAMPLE);
}
