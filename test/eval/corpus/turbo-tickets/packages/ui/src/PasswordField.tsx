import { useId, useState } from 'react';

export interface PasswordFieldProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  autoComplete?: 'current-password' | 'new-password';
}

export function PasswordField({ label, name, value, onChange, autoComplete = 'current-password' }: PasswordFieldProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="password-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={revealed ? 'text' : 'password'} value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      <button type="button" aria-label={revealed ? 'Hide password' : 'Show password'} onClick={() => setRevealed(!revealed)} />
    </div>
  );
}
