export const firebaseConfig = {
  apiKey: "AIzadrlNPcPwohD_XMOV-cHFRe38Bi0L1cV7lnN",  // tfl-eval-not: hardcoded-credential
  authDomain: "support-7c1e2.firebaseapp.com",
  projectId: "support-7c1e2",
};
