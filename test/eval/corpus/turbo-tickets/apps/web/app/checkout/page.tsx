'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PasswordField } from '@tickets/ui';

export default function CheckoutPage() {
  const t = useTranslations('checkout');
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const mismatch = confirmPassword !== '' && password !== confirmPassword;
  return (
    <form method="post" action="/api/orders">
      <h1>{t('title')}</h1>
      <PasswordField label={t('password')} name="password" value={password} onChange={setPassword} autoComplete="new-password" />
      <PasswordField label={t('confirmPassword')} name="password_confirmation" value={confirmPassword} onChange={setConfirmPassword} />
      {mismatch && <p role="alert">{t('passwordMismatch')}</p>}
      <button type="submit">{t('pay')}</button>
    </form>
  );
}
