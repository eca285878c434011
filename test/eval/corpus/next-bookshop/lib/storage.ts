import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({
  region: 'us-west-2',
  credentials: {
    accessKeyId: 'AKIAXHQLNYATE6PIEKEH', // tfl-eval: hardcoded-credential
    secretAccessKey: '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', // tfl-eval: hardcoded-credential
  },
});

export async function uploadCover(isbn: string, body: Buffer): Promise<string> {
  await s3.send(new PutObjectCommand({ Bucket: 'bookshop-covers', Key: `${isbn}.jpg`, Body: body }));
  return `https://covers.bookshop-cdn.example.com/${isbn}.jpg`;
}
