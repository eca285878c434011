import { readFileSync, writeFileSync, existsSync } from 'fs';
import { resolve } from 'path';

export interface User { id: string; email: string; passwordHash: string }

const usersPath = resolve(process.cwd(), 'users.json');

function readAll(): User[] {
  if (!existsSync(usersPath)) return [];
  return JSON.parse(readFileSync(usersPath, 'utf8')) as User[];
}

export function findByEmail(email: string): User | undefined {
  return readAll().find((u) => u.email === email);
}

export function createUser(user: User): void {
  const users = readAll();
  users.push(user);
  writeFileSync(usersPath, JSON.stringify(users)); // tfl-eval: memory-session-store
}
