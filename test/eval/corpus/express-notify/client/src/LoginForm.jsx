import React, { useState } from 'react';

export default function LoginForm({ onSubmit }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState(''); // tfl-eval-not: hardcoded-credential
  const [error, setError] = useState(null);

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit({ email, password }).catch(() => setError('Invalid password')); }}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" name="password" placeholder="Your password" value={password} onChange={(e) => setPassword(e.target.value)} /> {/* tfl-eval-not: hardcoded-credential */}
      {error && <p className="error">{error}</p>}
    </form>
  );
}
