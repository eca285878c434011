import { registerAs } from '@nestjs/config';

export default registerAs('auth', () => ({
  accessSecret: process.env.JWT_ACCESS_SECRET || 'NbPIgOe5-59S7hfqFiIVSH3cLvHhpaez', // tfl-eval: hardcoded-credential
  refreshSecret: process.env.JWT_REFRESH_SECRET ?? 'your-refresh-token-secret', // tfl-eval: hardcoded-credential
  accessTtl: process.env.JWT_ACCESS_TTL ?? '15m', // tfl-eval-not: hardcoded-credential
  issuer: process.env.JWT_ISSUER ?? 'ticket-api', // tfl-eval-not: hardcoded-credential
  publicKey: process.env.JWT_PUBLIC_KEY ?? '', // tfl-eval-not: hardcoded-credential
}));
