import { StorageSharedKeyCredential, BlobServiceClient } from '@azure/storage-blob';

const account = 'ordersinvoices';
const accountKey = '8h2bl+1CwGrYqBpOATjGz70+JDxHvJQbS1uBZQL1Z0pT1qergK7IfsA4l/HTVAnSVDAXf4okMcsXgTZ5KC6HWA=='; // tfl-eval: hardcoded-credential

// a cache key for the invoice list, not a secret
const key = 'invoices:list:v2'; // tfl-eval-not: hardcoded-credential

export const blobs = new BlobServiceClient(
  `https://${account}.blob.core.windows.net`,
  new StorageSharedKeyCredential(account, accountKey),
);
export const listKey = key;
