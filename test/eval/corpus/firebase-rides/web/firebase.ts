import { initializeApp } from 'firebase/app';

// The web config identifies the project to the browser; it is not a secret.
export const app = initializeApp({
  apiKey: 'AIzaQBrWNUwc992AJFo3J2ex5TQ8J6qVrcAGYGj', // tfl-eval-not: hardcoded-credential
  authDomain: 'harbor-rides.firebaseapp.com',
  projectId: 'harbor-rides',
  storageBucket: 'harbor-rides.appspot.com',
  messagingSenderId: '483645951355',
  appId: '1:488347116243:web:38c45dc638ab21302aeac9',
});
