import { useState } from 'react';
import { useTranslation } from 'next-i18next';

const copy = {
  passwordLabel: 'Password',
  passwordHint: 'Use at least 12 characters, with a number and a symbol.',
  showPassword: 'Show password',
};

export function PasswordField({ onChange }: { onChange: (value: string) => void }) {
  const { t } = useTranslation('auth');
  const [visible, setVisible] = useState(false);
  const password = t('password.placeholder', 'Enter your password');
  return (
    <label>
      {copy.passwordLabel}
      <input type={visible ? 'text' : 'password'} placeholder={password} autoComplete="current-password" onChange={(e) => onChange(e.target.value)} />
      <button onClick={() => setVisible(!visible)}>{copy.showPassword}</button>
    </label>
  );
}
