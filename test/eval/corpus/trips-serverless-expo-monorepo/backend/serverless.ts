import type { AWS } from '@serverless/typescript';
import createTrip from './src/handlers/create-trip';

const serverlessConfiguration: AWS = {
  service: 'trips-api',
  frameworkVersion: '3',
  plugins: ['serverless-esbuild', 'serverless-offline'],
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'eu-central-1',
    environment: {
      STAGE: '${sls:stage}',
      DB_PASSWORD: '${ssm:/trips/${sls:stage}/db-password}', // tfl-eval-not: hardcoded-credential
      SENTRY_DSN: '${env:SENTRY_DSN}',
      MAPBOX_SECRET_TOKEN: 'sk.eyJ1IjoidHJpcHMtYXBwIiwiYSI6ImNsv4X09ObBAbvZqt3BPEKEIn0.ELqNdblavbZtf3i2y08a8j', // tfl-eval: hardcoded-credential
      PARTNER_WEBHOOK_SECRET: '6uvW1Fh7GXSuvywgxENZMfsRyhR5XuPc', // tfl-eval: hardcoded-credential
      PARTNER_WEBHOOK_URL: 'https://partners.trips.example/hooks',
    },
  },
  functions: { createTrip },
  custom: {
    esbuild: { bundle: true, minify: false, target: 'node20' },
    'serverless-offline': { httpPort: 3000 },
  },
};

module.exports = serverlessConfiguration;
