import { pool } from '@common/db';  // tfl-eval-not: undeclared-dependency
import { z } from 'zod';  // tfl-eval: undeclared-dependency

const NewUser = z.object({ email: z.string().email() });

export async function usersRoutes(app) {
  app.get('/', async () => (await pool.query('select id, email from users')).rows);
  app.post('/', async (request) => {
    const user = NewUser.parse(request.body);
    return (await pool.query('insert into users(email) values ($1) returning id', [user.email])).rows[0];
  });
}
