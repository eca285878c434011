import { VendureConfig, DefaultJobQueuePlugin, DefaultSearchPlugin } from '@vendure/core';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import { EmailPlugin, defaultEmailHandlers } from '@vendure/email-plugin';
import { StripePlugin } from '@vendure/payments-plugin/package/stripe';
import path from 'path';

const IS_DEV = process.env.APP_ENV === 'dev';

export const config: VendureConfig = {
  apiOptions: {
    port: 3000,
    adminApiPath: 'admin-api',
    shopApiPath: 'shop-api',
  },
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    superadminCredentials: {
      identifier: 'superadmin',
      password: 'Fjord-Admin-2024!', // tfl-eval: hardcoded-credential
    },
    cookieOptions: {
      secret: 'gZq5TPfFxHzJloMM81K9yNqCaFNbSUol', // tfl-eval: hardcoded-credential
    },
  },
  dbConnectionOptions: {
    type: 'postgres',
    synchronize: false,
    migrations: [path.join(__dirname, './migrations/*.+(js|ts)')],
    host: process.env.DB_HOST,
    port: +(process.env.DB_PORT ?? 5432),
    username: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD, // tfl-eval-not: hardcoded-credential
    database: 'vendure',
  },
  paymentOptions: { paymentMethodHandlers: [] },
  plugins: [
    StripePlugin.init({ storeCustomersInStripe: true }),
    AssetServerPlugin.init({ route: 'assets', assetUploadDir: path.join(__dirname, '../static/assets') }),
    DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
    DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
    EmailPlugin.init({
      devMode: IS_DEV ? true : undefined,
      outputPath: path.join(__dirname, '../static/email/test-emails'),
      route: 'mailbox',
      handlers: defaultEmailHandlers,
      templatePath: path.join(__dirname, '../static/email/templates'),
      transport: {
        type: 'smtp',
        host: 'smtp.postmarkapp.com', // tfl-eval: hardcoded-backing-service
        port: 587,
        auth: { user: '6d24ee88-f603-ed2b-2509-2f6ad0de5ca0', pass: 'c082971e-bcf4-2eb8-d732-5ee39a10cea8' }, // tfl-eval: hardcoded-credential
      },
      globalTemplateVars: {
        fromAddress: '"Fjord Goods" <shop@fjordgoods.no>',
        verifyEmailAddressUrl: 'https://fjordgoods.no/verify',
        passwordResetUrl: 'https://fjordgoods.no/password-reset', // tfl-eval-not: hardcoded-credential
      },
    }),
  ],
};
