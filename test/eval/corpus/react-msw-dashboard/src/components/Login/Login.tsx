import { useState } from 'react';
import { api } from '../../api/client';

export function Login() {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await api.post('/login', { password });
    } catch {
      setError('Wrong password, please try again');
    }
  };
  return (
    <form onSubmit={submit}>
      <input type="password" placeholder="Password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
