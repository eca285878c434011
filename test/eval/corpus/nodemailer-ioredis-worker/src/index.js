const { Worker } = require('bullmq');
const { queueConnection } = require('./redis');
const { transactional } = require('./mailer');
const { connectMongo } = require('./db');

async function main() {
  await connectMongo();
  const worker = new Worker('digests', async (job) => transactional.sendMail(job.data), { connection: queueConnection });
  process.on('SIGTERM', async () => {
    await worker.close();
    process.exit(0);
  });
}

main();
