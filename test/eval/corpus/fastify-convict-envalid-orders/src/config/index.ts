import convict from 'convict';

// Schema-first config: every key documents its env var; sensitive values are masked in toString().
export const config = convict({
  env: {
    doc: 'The application environment.',
    format: ['production', 'development', 'test'],
    default: 'development',
    env: 'NODE_ENV',
  },
  port: { doc: 'HTTP port', format: 'port', default: 8080, env: 'PORT' },
  db: {
    host: { doc: 'Database host', format: String, default: 'localhost', env: 'DB_HOST' },
    user: { doc: 'Database user', format: String, default: 'orders', env: 'DB_USER' },
    password: {
      doc: 'Database password',
      format: String,
      default: 'rsbjkul9ED76Vyqq0PMD', // tfl-eval: hardcoded-credential
      env: 'DB_PASSWORD',
      sensitive: true,
    },
  },
  stripe: {
    secretKey: { doc: 'Stripe secret key', format: String, default: '', env: 'STRIPE_SECRET_KEY', sensitive: true }, // tfl-eval-not: hardcoded-credential
  },
  jwt: {
    secret: { doc: 'JWT signing secret', format: '*', default: null, env: 'JWT_SECRET', sensitive: true }, // tfl-eval-not: hardcoded-credential
  },
  partner: {
    apiKey: {
      doc: 'Fulfilment partner API key',
      format: String,
      default: '29cb4d65316b6cb737028ae8a7b83841', // tfl-eval: hardcoded-credential
      env: 'PARTNER_API_KEY',
    },
  },
});

config.validate({ allowed: 'strict' });
