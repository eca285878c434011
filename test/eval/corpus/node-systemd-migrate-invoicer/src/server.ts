import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

app.get('/invoices/:id', async (request) => {
  const { id } = request.params as { id: string };
  const { rows } = await pool.query('select * from invoices where id = $1', [id]);
  return rows[0] ?? null;
});

const close = async () => {
  await app.close();
  await pool.end();
};
process.on('SIGTERM', close);

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
