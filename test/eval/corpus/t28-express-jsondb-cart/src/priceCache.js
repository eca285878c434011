const fs = require('fs');
const os = require('os');
const path = require('path');

// A cache of supplier prices in the temporary folder: recomputed when missing.
const cacheFile = path.join(os.tmpdir(), 'prices.json');

function getPrices() {
  try { return JSON.parse(fs.readFileSync(cacheFile, 'utf8')); } catch { return null; }
}

function savePrices(prices) {
  fs.writeFileSync(cacheFile, JSON.stringify(prices)); // tfl-eval-not: memory-session-store
}

module.exports = { getPrices, savePrices };
