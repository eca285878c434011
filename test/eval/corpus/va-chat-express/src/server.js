const path = require('path');
const os = require('os');
const fs = require('fs/promises');
const express = require('express');
const cors = require('cors');
const fileUpload = require('express-fileupload');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const ALLOWED_ORIGINS = ['https://chat.example.org', 'https://admin.example.org']; // tfl-eval-not: memory-session-store
const middlewares = [express.json(), fileUpload()]; // tfl-eval-not: memory-session-store
const messages = []; // tfl-eval: memory-session-store
const rooms = []; // tfl-eval-not: memory-session-store

for (const name of (process.env.CHAT_ROOMS || 'general,random').split(',')) {
  rooms.push({ name, createdAt: new Date().toISOString() });
}

const s3 = new S3Client({});
const app = express();
app.use(cors({ origin: ALLOWED_ORIGINS }));
app.use(...middlewares);

app.get('/rooms', (req, res) => {
  res.json(rooms);
});

app.post('/messages', (req, res) => {
  const { author, text, room } = req.body;
  const message = { id: messages.length + 1, author, text, room, at: Date.now() };
  messages.push(message);
  res.status(201).json(message);
});

app.get('/messages', (req, res) => {
  const room = req.query.room;
  res.json(room ? messages.filter((m) => m.room === room) : messages);
});

app.get('/search', (req, res) => {
  const hits = []; // tfl-eval-not: memory-session-store
  for (const m of messages) if (m.text.includes(String(req.query.q || ''))) hits.push(m);
  res.json(hits);
});

app.post('/avatars', async (req, res) => {
  const avatar = req.files && req.files.avatar;
  if (!avatar) return res.status(400).json({ error: 'no file' });
  const name = `${Date.now()}-${path.basename(avatar.name)}`;
  await avatar.mv('./uploads/avatars/' + name); // tfl-eval: memory-session-store
  res.status(201).json({ url: `/avatars/${name}` });
});

app.post('/attachments', async (req, res) => {
  const file = req.files.attachment;
  const target = path.join(process.env.ATTACHMENT_DIR, path.basename(file.name));
  await file.mv(target); // tfl-eval-not: memory-session-store
  res.status(201).end();
});

app.post('/exports', async (req, res) => {
  const upload = req.files.archive;
  const staged = path.join(os.tmpdir(), path.basename(upload.name));
  await upload.mv(staged); // tfl-eval-not: memory-session-store
  await s3.send(new PutObjectCommand({ Bucket: process.env.EXPORT_BUCKET, Key: upload.name, Body: await fs.readFile(staged) }));
  await fs.unlink(staged);
  res.status(202).end();
});

module.exports = async function start() {
  const port = Number(process.env.PORT || 3000);
  app.listen(port, () => console.log(`chat listening on ${port}`)); // tfl-eval-not: no-graceful-shutdown
};
