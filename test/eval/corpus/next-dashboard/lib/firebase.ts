import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: 'AIzaSyB3x9Qw2Lm7Tz4Vb8Nc1Wd6Yh0Jf5Gs2Ae',
  authDomain: 'dashboard-7f3a2.firebaseapp.com',
  projectId: 'dashboard-7f3a2',
  messagingSenderId: '418273645901',
  appId: '1:418273645901:web:9b8c7d6e5f4a3b2c',
};

export const firebase = initializeApp(firebaseConfig);
