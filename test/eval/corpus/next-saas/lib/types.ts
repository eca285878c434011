export interface Credentials {
  email: string;
  password: string; // tfl-eval-not: hardcoded-credential
  otp?: string;
}

export const PASSWORD_RULES = {
  minLength: 12, // tfl-eval-not: hardcoded-credential
  message: 'Use at least 12 characters, including a number and a symbol', // tfl-eval-not: hardcoded-credential
};

export type TokenKind = 'access' | 'refresh' | 'api_key'; // tfl-eval-not: hardcoded-credential
