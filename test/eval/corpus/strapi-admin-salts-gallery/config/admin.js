module.exports = ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'Qm7vXz2pLk9tRw4nBc6h'), // tfl-eval: hardcoded-credential
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: 'Zt6nWq3pKv9mLx2bRc5h', // tfl-eval: hardcoded-credential
    },
  },
  flags: {
    nps: env.bool('FLAG_NPS', true),
  },
});
