const express = require('express');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { nanoid } = require('nanoid');

const QUOTES_DIR = path.join(__dirname, '..', 'data', 'quotes');
const DRAFTS_DIR = path.join(process.env.STATE_DIR || '/var/lib/quotes', 'drafts');
const PREVIEW_DIR = path.join(os.tmpdir(), 'quote-previews');

const app = express();
app.use(express.json());

app.post('/quotes', (req, res) => {
  const id = nanoid();
  fs.writeFileSync(path.join(QUOTES_DIR, `${id}.json`), JSON.stringify({ id, ...req.body })); // tfl-eval: memory-session-store
  res.status(201).json({ id });
});

app.get('/quotes/:id', (req, res) => {
  const file = path.join(QUOTES_DIR, `${req.params.id}.json`);
  if (!fs.existsSync(file)) return res.sendStatus(404);
  res.json(JSON.parse(fs.readFileSync(file, 'utf8')));
});

app.put('/drafts/:id', async (req, res) => {
  await fs.promises.writeFile(path.join(DRAFTS_DIR, `${req.params.id}.json`), JSON.stringify(req.body)); // tfl-eval-not: memory-session-store
  res.sendStatus(204);
});

app.get('/drafts/:id', async (req, res) => {
  res.json(JSON.parse(await fs.promises.readFile(path.join(DRAFTS_DIR, `${req.params.id}.json`), 'utf8')));
});

app.post('/preview', (req, res) => {
  const name = path.join(PREVIEW_DIR, `${nanoid()}.json`);
  fs.writeFileSync(name, JSON.stringify(req.body)); // tfl-eval-not: memory-session-store
  res.json(JSON.parse(fs.readFileSync(name, 'utf8')));
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
