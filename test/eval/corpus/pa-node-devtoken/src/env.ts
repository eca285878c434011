// Fill in what a fresh checkout lacks so `npm run dev` boots; production sets every variable itself.
if (process.env.NODE_ENV !== 'production') {
  process.env.JWT_SECRET ??= 'dev-jwt-secret'; // tfl-eval-not: hardcoded-credential
  process.env.DATABASE_URL ??= 'postgres://lantern:lantern@localhost:5432/lantern_dev'; // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
}

if (process.env.NODE_ENV === 'development') {
  process.env.SESSION_SECRET = process.env.SESSION_SECRET || 'dev-session-secret'; // tfl-eval-not: hardcoded-credential
}

const isDev = process.env.NODE_ENV !== 'production';
if (isDev) process.env.GITHUB_TOKEN ||= 'dev-github-token'; // tfl-eval-not: hardcoded-credential

export const env = {
  jwtSecret: process.env.JWT_SECRET!,
  databaseUrl: process.env.DATABASE_URL!,
  port: Number(process.env.PORT ?? 3000),
};
