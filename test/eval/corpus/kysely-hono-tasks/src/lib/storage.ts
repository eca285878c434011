import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

// Attachments: the on-prem MinIO cluster.
const s3 = new S3Client({
  region: 'us-east-1',
  endpoint: 'http://minio-0.storage.internal:9000', // tfl-eval: hardcoded-backing-service
  forcePathStyle: true,
});

// Backups: AWS itself, in the deploy's region.
const backups = new S3Client({ region: process.env.AWS_REGION }); // tfl-eval-not: hardcoded-backing-service

export async function putAttachment(key: string, body: Uint8Array): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: 'attachments', Key: key, Body: body }));
}

export { backups };
