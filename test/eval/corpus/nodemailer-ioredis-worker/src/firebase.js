const { initializeApp } = require('firebase/app');

// Web config: these values identify the project and ship to every browser.
const firebaseConfig = {
  apiKey: 'AIzatsYAxT0tZizBSmp5fUPVQJFUlz1t31eZv-M', // tfl-eval-not: hardcoded-credential
  authDomain: 'digest-prod.firebaseapp.com',
  projectId: 'digest-prod',
  storageBucket: 'digest-prod.appspot.com',
  messagingSenderId: '804512339871',
  appId: '1:804512339871:web:5c3a9e0d7b21f4e6a8c9d0',
};

module.exports = initializeApp(firebaseConfig);
