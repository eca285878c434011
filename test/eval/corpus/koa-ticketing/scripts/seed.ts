import { db } from '../src/db';

await db.users.insert({ email: 'demo@ticketing.dev', password: 'demo-Pass-2024', role: 'admin' });
await db.users.insert({ email: 'support@ticketing.dev', password: 'Supp0rt!Desk', role: 'agent' });
