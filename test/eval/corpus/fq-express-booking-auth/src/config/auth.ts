export const authConfig = {
  jwtSecret: process.env.JWT_SECRET || 'changeme', // tfl-eval: hardcoded-credential
  refreshSecret: process.env.JWT_REFRESH_SECRET ?? 'secret', // tfl-eval: hardcoded-credential
  sessionSecret: process.env.SESSION_SECRET || '', // tfl-eval-not: hardcoded-credential
  tokenTtl: process.env.TOKEN_TTL || 'default', // tfl-eval-not: hardcoded-credential
};
