import { BindingKey } from '@loopback/core';

export const PARTNER_SECRET = BindingKey.create<string>('services.partner.secret');
export const PASSWORD_LABEL = 'Password'; // tfl-eval-not: hardcoded-credential
