import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { Pool } from 'pg';

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const app = new Koa();
const router = new Router();

    let currentPatient: { id: number; name: string } | undefined;
    let clinics: Array<{ id: number; name: string }> = []; // tfl-eval-not: memory-session-store
    let pool2: Pool | undefined; // tfl-eval-not: memory-session-store

router.post('/checkin', async (ctx) => {
  const { card } = ctx.request.body as { card: string };
  const { rows } = await db.query('SELECT id, name FROM patients WHERE card = $1', [card]);
  currentPatient = rows[0]; // tfl-eval: memory-session-store
  ctx.redirect('/waiting');
});

router.get('/clinics', async (ctx) => {
  const result = await db.query('SELECT id, name FROM clinics ORDER BY name');
  clinics = result.rows;
  ctx.body = clinics;
});

router.get('/replica', async (ctx) => {
  pool2 = new Pool({ connectionString: process.env.REPLICA_URL });
  ctx.body = (await pool2.query('SELECT 1')).rows;
});

router.get('/waiting', (ctx) => {
  ctx.body = { patient: currentPatient?.name };
});

app.use(bodyParser()).use(router.routes());
app.listen(Number(process.env.PORT ?? 8080)); // tfl-eval: no-graceful-shutdown
