import restify from 'restify';
import rjwt from 'restify-jwt-community';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { registerRoutes } from './routes';
import { payments } from './payments';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const db = drizzle(pool);

const server = restify.createServer({ name: 'concert-tickets' });
server.use(restify.plugins.bodyParser());
server.use(restify.plugins.queryParser());
server.use(
  rjwt({ secret: 'c0ncert-t1ckets-s1gning' }).unless({ // tfl-eval: hardcoded-credential
    path: ['/health', '/auth/login', '/auth/register'],
  }),
);

registerRoutes(server, db, payments);

server.listen(process.env.PORT ?? 8080, () => { // tfl-eval: no-graceful-shutdown
  console.log('%s listening at %s', server.name, server.url);
});
