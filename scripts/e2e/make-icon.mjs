// Draws images/icon.png (128x128): twelve dots in a ring, one for each factor, around a check mark.
// Plain Node (zlib + a PNG writer), 4x4 supersampled, so it needs no image tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { repoRoot } from './paths.mjs';

const SIZE = 128;
const SAMPLES = 4;
const background = [31, 42, 68];
const dot = [130, 170, 255];
const flagged = [255, 176, 32];
const check = [80, 220, 140];

function insideRoundedSquare(x, y, radius = 24) {
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

const dots = Array.from({ length: 12 }, (_, i) => {
  const angle = (i / 12) * 2 * Math.PI - Math.PI / 2;
  return { x: 64 + 44 * Math.cos(angle), y: 64 + 44 * Math.sin(angle), color: i === 2 || i === 10 ? flagged : dot };
});

// Colour of one sample point, or null where the icon is transparent.
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const mark = [[44, 66], [58, 80], [86, 50]];
  if (distanceToSegment(x, y, mark[0], mark[1]) < 7 || distanceToSegment(x, y, mark[1], mark[2]) < 7) return check;
  for (const d of dots) if (Math.hypot(x - d.x, y - d.y) < 7) return d.color;
  return background;
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const color = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
      if (!color) continue;
      for (let c = 0; c < 3; c++) sum[c] += color[c];
      sum[3] += 1;
    }
  }
  if (sum[3] === 0) return [0, 0, 0, 0];
  return [sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], (255 * sum[3]) / SAMPLES ** 2].map(Math.round);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(Buffer.from([0, ...Array.from({ length: SIZE }, (_, x) => pixel(x, y)).flat()]));
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows))),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(join(repoRoot, 'images'), { recursive: true });
writeFileSync(join(repoRoot, 'images', 'icon.png'), png);
console.log(`images/icon.png: ${png.length} bytes`);
