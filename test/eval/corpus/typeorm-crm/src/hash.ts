import bcrypt from 'bcrypt';

export const SALT_ROUNDS = 12; // tfl-eval-not: hardcoded-credential
export const DEMO_PASSWORD_HASH = '$2b$12$Q1pZk8vJ3mN6sT9wX2yA4eB7cD0fG3hJ6kL9mN2pQ5rS8tU1vW4x.'; // tfl-eval-not: hardcoded-credential

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, SALT_ROUNDS);
}
