import jwt from 'jsonwebtoken';

export const PASSWORD_PATTERN = '^(?=.*[A-Z])(?=.*\\d).{12,}$';
export const INVALID_TOKEN = 'invalid_token';
export const ERR_PASSWORD_TOO_SHORT = 'password_too_short';
export const AUTH_HEADER = 'X-Api-Key';
export const RESET_TOKEN_PREFIX = 'reset-token:';
export const RESET_PASSWORD_PATH = '/password/reset';
export const SECRET_ENV_NAME = 'JWT_SECRET';
export const SECRETS_MANAGER_ID = 'prod/quay/jwt-signing';
export const FIELD_NAMES = { password: 'password', token: 'token', secret: 'client_secret' };

export function sign(payload: object) {
  return jwt.sign(payload, process.env.JWT_SECRET!, { algorithm: 'HS256', expiresIn: '1h' });
}

export async function exchange(code: string) {
  const body = new URLSearchParams({ grant_type: 'authorization_code', code, client_id: process.env.OAUTH_CLIENT_ID!, client_secret: process.env.OAUTH_CLIENT_SECRET! });
  const response = await fetch('https://auth.quay.example/token', { method: 'POST', body });
  const { access_token: accessToken, token_type: tokenType } = (await response.json()) as { access_token: string; token_type: string };
  return tokenType === 'Bearer' ? accessToken : undefined;
}

export function matches(password: string, confirmPassword: string) {
  return password === confirmPassword;
}
