'use strict';

const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');
const sharp = require('sharp');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAK6U22FCC4EQPDJQC', // tfl-eval: hardcoded-credential
    secretAccessKey: '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', // tfl-eval: hardcoded-credential
  },
});

const SIZES = [64, 256, 1024];

module.exports.handler = async (event) => {
  for (const record of event.Records) {
    const Bucket = record.s3.bucket.name;
    const Key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const original = await s3.send(new GetObjectCommand({ Bucket, Key }));
    const body = Buffer.from(await original.Body.transformToByteArray());
    for (const width of SIZES) {
      const resized = await sharp(body).resize({ width }).toBuffer();
      await s3.send(new PutObjectCommand({ Bucket, Key: `thumbs/${width}/${Key}`, Body: resized }));
    }
  }
};
