import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIA7GYS3INQ4C2JE2T7', // tfl-eval: hardcoded-credential
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});

export const BACKUP_BUCKET = 'ticketing-backups';
