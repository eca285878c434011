module.exports = ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', '2K9oiYE+yL6EC0Dk2imynnir0V0ccNq08No6funZ'), // tfl-eval: hardcoded-credential
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'), // tfl-eval-not: hardcoded-credential
  },
  transfer: {
    token: { salt: env('TRANSFER_TOKEN_SALT', 'tobemodified') }, // tfl-eval-not: hardcoded-credential
  },
});
