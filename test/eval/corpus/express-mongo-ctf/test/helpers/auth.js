const request = require('supertest');

exports.loginAsAdmin = (app) =>
  request(app).post('/auth/login').send({ username: 'admin', password: 'sup3r-s3cret-admin' }); // tfl-eval-not: hardcoded-credential
