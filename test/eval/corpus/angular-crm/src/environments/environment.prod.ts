export const environment = {
  production: true,
  apiUrl: 'https://crm-api.example.com/v1',
  firebase: {
    apiKey: 'AIza3PYtXEVw9VW19XUCXvn3_tEfwvDZ3wLD1O2', // tfl-eval-not: hardcoded-credential
    authDomain: 'crm-prod-4410.firebaseapp.com',
    projectId: 'crm-prod-4410',
    storageBucket: 'crm-prod-4410.appspot.com',
    messagingSenderId: '883415168851',
    appId: '1:996035531028:web:edbc95f9ea0ed37b73af40',
  },
  mapboxToken: 'pk.eyJ1IjoiYWNtZS1jcm0iLCJhIjoiYXVXaFpqUkRqTUltY245U2U3cVB2a0hzeCJ9.0SEcQmWBE6AanYVK8WEUip', // tfl-eval-not: hardcoded-credential
  hubspotPrivateAppToken: 'pat-eu1-e8cb66d8-35a4-e1c3-e7b0-f87f0d1d41e0', // tfl-eval: hardcoded-credential
};
