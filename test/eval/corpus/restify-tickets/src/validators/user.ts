import { z } from 'zod';

export const registerSchema = z
  .object({
    email: z.string().email(),
    password: z.string().min(10, 'Password must be at least 10 characters'), // tfl-eval-not: hardcoded-credential
    passwordConfirm: z.string(),
  })
  .refine((data) => data.password === data.passwordConfirm, {
    message: "Passwords don't match", // tfl-eval-not: hardcoded-credential
    path: ['passwordConfirm'],
  });

export const PASSWORD_RESET_TOKEN_TTL = '30m'; // tfl-eval-not: hardcoded-credential
export const TOKEN_HEADER = 'x-access-token'; // tfl-eval-not: hardcoded-credential
