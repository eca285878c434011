const { BlobServiceClient, StorageSharedKeyCredential } = require('@azure/storage-blob');

const storage = {
  accountName: 'kioskreceipts',
  accountKey: 'tWsRHA0VqHemFIKcRCA8fyiwmj2KBpsQYSUnwA+X0cLQPVvm51qFKBWCdufJrCbZYo3/1mfs86dTi7virsq0YQ==', // tfl-eval: hardcoded-credential
  container: 'receipts',
};

const archive = {
  endpoint: 'https://kioskarchive.blob.core.windows.net',
  key: 'fIa6XSxSAK3dQgZo8GxmYqEhydv7MDUk/cu35fLMcONuFIFbcgVDOARS5ttlTsFhwU/FMlez9jzLYwjn/jATdA==', // tfl-eval: hardcoded-credential
};

const credential = new StorageSharedKeyCredential(storage.accountName, storage.accountKey);
const client = new BlobServiceClient(`https://${storage.accountName}.blob.core.windows.net`, credential);

async function uploadReceipt(id, body) {
  const blob = client.getContainerClient(storage.container).getBlockBlobClient(`${id}.json`);
  await blob.upload(body, Buffer.byteLength(body));
  return blob.url;
}

module.exports = { uploadReceipt, archive };
