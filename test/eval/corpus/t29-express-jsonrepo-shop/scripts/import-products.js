// One-off: load the supplier's catalogue into products.json.
const JsonRepo = require('../src/jsonRepo');

const products = new JsonRepo('data/products.json'); // tfl-eval-not: memory-session-store
for (const p of require('./supplier-feed.json')) products.create(p);
