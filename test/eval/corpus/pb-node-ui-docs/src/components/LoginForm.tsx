import { useState } from 'react';
import { t } from '../i18n';

export function LoginForm(props: { email?: string; password?: string; apiToken?: string }) {
  const [password, setPassword] = useState(props.password ?? '');
  return (
    <form>
      <label htmlFor="password">{t('login.password')}</label>
      <input id="password" type="password" placeholder="Your password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <p className="hint">{t('login.passwordHint')}</p>
      <p>Password must be at least 12 characters.</p>
    </form>
  );
}

export const PASSWORD_FIELD_LABEL = 'Password';
export const TOKEN_EXPIRED_MESSAGE = 'Your session token has expired, please sign in again';
export const SECRET_QUESTION_PROMPT = 'Answer your secret question';
