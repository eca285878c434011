export default {
  jwt: {
    secretKey: process.env.APP_SECRET || 'default', // tfl-eval: hardcoded-credential
    expiresIn: process.env.JWT_EXPIRES_IN || '1d',
  },
};
