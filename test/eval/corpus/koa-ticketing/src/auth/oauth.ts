export const githubOAuth = {
  clientId: 'Iv1.de638ef322a848ab',
  clientSecret: 'ea5723951018614f90b539d5c469af6f6138a21d', // tfl-eval: hardcoded-credential
  callbackUrl: 'https://ticketing.dev/auth/github/callback',
  scope: ['read:user', 'user:email'],
};

export const slack = {
  botToken: 'xoxb-810050295058-9333716412135-E7Z4PmEMtvxN2lPmOm9hg7jT', // tfl-eval: hardcoded-credential
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
};

export const messages = {
  passwordTooShort: 'Your password must be at least 12 characters long.',
  tokenExpired: 'This link has expired, please request a new one.',
};
