const sharp = require('sharp');

// Recently made thumbnails, kept per process: a cache, rebuilt on a miss, never the only copy.
const recent = new Map();
const MAX_RECENT = 200;

async function thumbnail(buffer, key) {
  if (recent.has(key)) return recent.get(key);
  const out = await sharp(buffer).resize(320).jpeg().toBuffer();
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value);
  recent.set(key, out);
  return out;
}

module.exports = { thumbnail };
