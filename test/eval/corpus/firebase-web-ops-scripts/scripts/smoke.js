import { initializeApp } from 'firebase/app';
import { getAuth, signInWithEmailAndPassword, createUserWithEmailAndPassword } from 'firebase/auth';

const app = initializeApp({ apiKey: process.env.FIREBASE_API_KEY, projectId: 'acme-dispatch' }); // tfl-eval-not: hardcoded-credential
const auth = getAuth(app);

export async function smoke() {
  const { user } = await signInWithEmailAndPassword(auth, 'smoke-bot@acme-dispatch.example', '94WXrMjbMY0Fusj3'); // tfl-eval: hardcoded-credential
  return user.uid;
}

export async function seedDispatcher(email, password) {
  return createUserWithEmailAndPassword(auth, email, password); // tfl-eval-not: hardcoded-credential
}

export async function legacySeed() {
  return createUserWithEmailAndPassword(auth, 'dispatcher@acme-dispatch.example', 'uaPv-w!O_o8r-C'); // tfl-eval: hardcoded-credential
}
