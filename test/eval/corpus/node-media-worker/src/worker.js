const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { Worker } = require('bullmq');
const sharp = require('sharp');
const chunk = require('lodash/chunk'); // tfl-eval: undeclared-dependency

const run = promisify(execFile);
const connection = { host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT ?? 6379) }; // tfl-eval-not: hardcoded-backing-service

async function thumbnail(job) {
  const { source, target, sizes } = job.data;
  for (const batch of chunk(sizes, 4)) {
    await Promise.all(batch.map((size) => sharp(source).resize(size).toFile(`${target}-${size}.webp`)));
  }
  if (job.data.video) {
    await run('ffmpeg', ['-i', job.data.video, '-frames:v', '1', `${target}-poster.jpg`]); // tfl-eval-not: undeclared-dependency
  }
}

const worker = new Worker('thumbnails', thumbnail, { connection, concurrency: 4 });

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
