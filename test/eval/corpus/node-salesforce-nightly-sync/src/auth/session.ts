// The admin UI's own login, not a service credential.
import type { Request } from 'express';

interface AuthService {
  login(email: string, password: string, mode?: string): Promise<string>;
}

export async function signIn(auth: AuthService, req: Request): Promise<string> {
  return auth.login(req.body.email, req.body.password); // tfl-eval-not: hardcoded-credential
}

export async function rememberedSignIn(auth: AuthService, req: Request): Promise<string> {
  return auth.login(req.body.email, req.body.password, 'remember-me'); // tfl-eval-not: hardcoded-credential
}

export function loginButtonLabel(locale: string): string {
  return locale === 'de' ? 'Anmelden' : 'Sign in'; // tfl-eval-not: hardcoded-credential
}
