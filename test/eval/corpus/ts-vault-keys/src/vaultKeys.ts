export const KeyJwtSecret = 'jwt_secret'; // tfl-eval-not: hardcoded-credential
export const FIELD_SESSION_SECRET = 'session_secret'; // tfl-eval-not: hardcoded-credential
export const ENV_STRIPE_SECRET = 'stripe_secret'; // tfl-eval-not: hardcoded-credential

export function jwtSecret(data: Record<string, string>): string | undefined {
  return data[KeyJwtSecret];
}

export function stripeSecret(): string | undefined {
  return process.env[ENV_STRIPE_SECRET];
}
