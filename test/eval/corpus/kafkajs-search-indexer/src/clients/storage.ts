import { S3Client } from '@aws-sdk/client-s3';

export const snapshots = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAYJTX74F533MFEEJ4', // tfl-eval: hardcoded-credential
    secretAccessKey: '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', // tfl-eval: hardcoded-credential
  },
});

export const SNAPSHOT_BUCKET = process.env.SNAPSHOT_BUCKET ?? 'search-snapshots';
export const KEY_PREFIX = 'indexes/'; // tfl-eval-not: hardcoded-credential
