import { registerAs } from '@nestjs/config';

export const rabbitConfig = registerAs('rabbit', () => ({
  urls: [process.env.RABBIT_URL ?? 'amqp://notifier:cNcB1jFTMtxoaGDgjFyn@rabbit.internal:5672/notifications'], // tfl-eval: hardcoded-credential, hardcoded-backing-service
  queue: process.env.RABBIT_QUEUE ?? 'notifications',
  prefetchCount: 20,
}));

export const mailConfig = registerAs('mail', () => ({
  from: process.env.MAIL_FROM ?? 'Notifications <no-reply@example.com>',
  sendgridKey: process.env.SENDGRID_API_KEY, // tfl-eval-not: hardcoded-credential
  templates: {
    passwordReset: 'd-1f3e5a7c9b2d4e6f8a0c2e4f6a8b0c2d', // tfl-eval-not: hardcoded-credential
    welcome: 'd-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
  },
}));

export const authConfig = registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET || 'kxhYWtwoB2Xad6oXubijASzTiaryW8wV', // tfl-eval: hardcoded-credential
  jwtExpiresIn: '15m',
}));
