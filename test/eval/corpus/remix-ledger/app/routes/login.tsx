import { useState } from 'react';
import { Form } from '@remix-run/react';
import { z } from 'zod';

export const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12, 'Password must be at least 12 characters'), // tfl-eval-not: hardcoded-credential
});

export default function Login() {
  const [password, setPassword] = useState(''); // tfl-eval-not: hardcoded-credential
  const [token] = useState<string | null>(() => (typeof window === 'undefined' ? null : localStorage.getItem('token'))); // tfl-eval-not: hardcoded-credential
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder="Password" />
      {token ? <p>Signed in</p> : null}
    </Form>
  );
}
