const authConfig = {
  jwt: {
    secret: 'your-jwt-secret-key', // tfl-eval: hardcoded-credential
    expiresIn: '1d',
  },
};

export default authConfig;
