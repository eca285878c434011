// Fills the local database with the shop's demo customers and products.
import * as bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';

const customers = [
  { email: 'admin@vulnstore.test', password: 'admin123', role: 'admin' }, // tfl-eval-not: hardcoded-credential
  { email: 'jim@vulnstore.test', password: 'ncc-1701-d', role: 'customer' }, // tfl-eval-not: hardcoded-credential
  { email: 'amy@vulnstore.test', password: 'K1f..Amy!', role: 'customer' }, // tfl-eval-not: hardcoded-credential
];

async function main() {
  const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await source.initialize();
  for (const customer of customers) {
    await source.query('INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)', [
      customer.email,
      bcrypt.hashSync(customer.password, 10),
      customer.role,
    ]);
  }
  await source.destroy();
}

void main();
