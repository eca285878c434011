export const environment = {
  production: false,
  apiUrl: 'http://localhost:3000/v1',
  firebase: {
    apiKey: 'fake-api-key', // tfl-eval-not: hardcoded-credential
    authDomain: 'demo-crm.firebaseapp.com',
    projectId: 'demo-crm',
  },
  mapboxToken: '', // tfl-eval-not: hardcoded-credential
  hubspotPrivateAppToken: '', // tfl-eval-not: hardcoded-credential
};
