module.exports = {
  db: {
    host: process.env.DB_HOST,
    user: 'clinica',
    password: 'Marcela', // tfl-eval: hardcoded-credential
    database: 'clinica',
  },
  ui: {
    passwordLabel: 'Password', // tfl-eval-not: hardcoded-credential
    password: 'Senha', // tfl-eval-not: hardcoded-credential
  },
};
