import { faker } from '@faker-js/faker';
import { db, users } from './index';

// Local demo data: every seeded user logs in with the same password.
const DEMO_PASSWORD_HASH = '$2b$12$Cq3oN6aQnS0v1hQ1nZbE1uJ3uQ7dY9j9yQmA1pQk3oS8m0GQwq7kS';
const ADMIN = { email: 'admin@tickets.test', password: 'admin-demo-2024' };

async function main() {
  await db.insert(users).values([
    { email: ADMIN.email, passwordHash: DEMO_PASSWORD_HASH },
    ...Array.from({ length: 20 }, () => ({ email: faker.internet.email(), passwordHash: DEMO_PASSWORD_HASH })),
  ]);
  console.log(`seeded; log in as ${ADMIN.email}`);
}

main().then(() => process.exit(0));
