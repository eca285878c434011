// Web app config: the apiKey identifies the project to Firebase and is public by design.
export const firebaseConfig = {
  apiKey: 'AIzaSyB8xK2mQ9vL4tR7wN1pZ3cF6hJ0dG5sA2e', // tfl-eval-not: hardcoded-credential
  authDomain: 'billing-example.firebaseapp.com',
  projectId: 'billing-example',
  storageBucket: 'billing-example.appspot.com',
  messagingSenderId: '847261953048',
  appId: '1:847261953048:web:3f8a1c9e6b2d4e7fa5c0', // tfl-eval-not: hardcoded-credential
};
