import pino from 'pino';
import { Logtail } from '@logtail/node';

export const logtail = new Logtail('drmo6O5P84CnIALIaiZsJO4F'); // tfl-eval: hardcoded-credential

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  transport: {
    targets: [
      { target: 'pino/file', options: { destination: 1 } },
      {
        target: '@axiomhq/pino',
        options: {
          dataset: 'checkout',
          token: 'xaat-c24d5bb0-b54c-4708-a4fe-65ddec5b53fc', // tfl-eval: hardcoded-credential
        },
      },
    ],
  },
});
