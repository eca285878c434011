import Redis from 'ioredis';

const isProduction = process.env.NODE_ENV === 'production';
const inDevelopment = process.env.NODE_ENV === 'development';

export const redis = new Redis(isProduction ? process.env.REDIS_URL! : 'redis://localhost:6379/0'); // tfl-eval-not: hardcoded-backing-service

export function adminSeed() {
  if (!isProduction) {
    return { email: 'admin@ledger.test', password: 'ledger-admin-dev' }; // tfl-eval-not: hardcoded-credential
  }
  return { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };
}

export const queueUrl = inDevelopment ? 'amqp://guest:guest@localhost:5672' : process.env.AMQP_URL; // tfl-eval-not: hardcoded-backing-service, hardcoded-credential

// Production's own branch is no local default: the value ships.
export const auditDb = isProduction ? 'postgres://audit:Qm7rT2vXk9pL4wZs@audit-db.internal.ledger.io:5432/audit' : process.env.AUDIT_DB_URL; // tfl-eval: hardcoded-credential, hardcoded-backing-service
