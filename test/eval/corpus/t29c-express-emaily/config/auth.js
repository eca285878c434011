// JWT settings shared by the API and the worker
const JWT_SECRET = 'hk:tarvosnelum90471'; // tfl-eval: hardcoded-credential
const AUDIENCE = 'urn:emaily:api';
const SUPPORT = 'mailto:support@emaily.example.com';
const HOTLINE = 'tel:+15550100';
const githubScope = 'read:user';

module.exports = {
  secret: JWT_SECRET,
  audience: AUDIENCE,
  support: SUPPORT,
  hotline: HOTLINE,
  scope: githubScope,
  mailer: { user: 'surveys@emaily.example.com', password: 'Evangeline' }, // tfl-eval: hardcoded-credential
  form: { placeholder: 'Password', password: 'Password' }, // tfl-eval-not: hardcoded-credential
};
