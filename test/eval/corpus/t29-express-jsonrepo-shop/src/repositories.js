const os = require('os');
const path = require('path');
const JsonRepo = require('./jsonRepo');

// One repository per collection.
const carts = new JsonRepo('carts.json'); // tfl-eval: memory-session-store
const users = new JsonRepo(path.join(__dirname, '..', 'data', 'users.json')); // tfl-eval: memory-session-store
// The catalogue lives on the volume the platform mounts; rates are a cache rebuilt when missing.
const products = new JsonRepo(path.join(process.env.CATALOGUE_DIR || '/srv/catalogue', 'products.json')); // tfl-eval-not: memory-session-store
const rates = new JsonRepo(path.join(os.tmpdir(), 'rates.json')); // tfl-eval-not: memory-session-store

module.exports = { carts, users, products, rates };
