const { Pool } = require('pg');
const { MongoClient } = require('mongodb');

function pool() {
  const url = process.env.DATABASE_URL;
  if (url) return new Pool({ connectionString: url });
  return new Pool({ host: 'localhost', database: 'dockyard' }); // tfl-eval-not: hardcoded-backing-service
}

function manifests() {
  const uri = process.env.MANIFESTS_MONGO_URL;
  if (uri !== undefined) {
    return new MongoClient(uri);
  }
  return new MongoClient('mongodb://manifests-db.dockyard.internal:27017/manifests'); // tfl-eval: hardcoded-backing-service
}

function analytics() {
  if (process.env.ANALYTICS_DATABASE_URL) {
    return new Pool({ connectionString: process.env.ANALYTICS_DATABASE_URL });
  }
  return new Pool({ host: '127.0.0.1', database: 'analytics' }); // tfl-eval-not: hardcoded-backing-service
}

// Only the seed script passes `local`; the address is no fallback of any variable.
function seedPool(local) {
  const url = process.env.SEED_DATABASE_URL;
  if (!url) return null;
  if (local) return new Pool({ connectionString: url });
  return new Pool({ host: 'localhost', database: 'seed' }); // tfl-eval: hardcoded-backing-service
}

module.exports = { pool, manifests, analytics, seedPool };
