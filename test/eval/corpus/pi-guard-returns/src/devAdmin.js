const { createUser } = require('./users');

async function ensureDevAdmin() {
  if (process.env.NODE_ENV === 'production') return;
  await createUser({ email: 'admin@guarded.test', password: 'guarded-admin-dev' }); // tfl-eval-not: hardcoded-credential
}

module.exports = { ensureDevAdmin };
