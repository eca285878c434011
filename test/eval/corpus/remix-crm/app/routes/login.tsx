import { Form, useActionData } from '@remix-run/react';
import { z } from 'zod';

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10, 'Password must be at least 10 characters'), // tfl-eval-not: hardcoded-credential
});

export enum AuthMethod {
  Password = 'password', // tfl-eval-not: hardcoded-credential
  MagicLink = 'magic-link',
}

export default function Login() {
  const errors = useActionData<{ password?: string }>();
  return (
    <Form method="post">
      <input name="email" type="email" placeholder="you@company.com" />
      <input name="password" type="password" placeholder="Your password" autoComplete="current-password" />
      {errors?.password ? <p role="alert">{errors.password}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
