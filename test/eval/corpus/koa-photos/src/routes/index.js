const Router = require('@koa/router');
const multer = require('@koa/multer');
const { Photo } = require('../db');

const router = new Router();
// Uploaded originals are written to this container's disk.
const upload = multer({ dest: 'uploads/' }); // tfl-eval: memory-session-store

// Who is viewing which album right now, for the "n people here" badge.
const viewers = {}; // tfl-eval: memory-session-store

router.get('/health', (ctx) => {
  ctx.body = { ok: true };
});

router.post('/photos', upload.single('photo'), async (ctx) => {
  const photo = await Photo.create({ title: ctx.request.body.title, storageKey: ctx.file.path, ownerId: ctx.session.userId });
  ctx.status = 201;
  ctx.body = photo;
});

router.get('/albums/:id', async (ctx) => {
  viewers[ctx.params.id] = (viewers[ctx.params.id] || 0) + 1;
  ctx.body = { viewers: viewers[ctx.params.id] };
});

module.exports = { router };
