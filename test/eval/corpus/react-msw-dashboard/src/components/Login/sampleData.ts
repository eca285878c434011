// Props the Login form renders with in the style guide and its tests.
export const sampleData = {
  username: 'jane.doe',
  password: 'correct horse battery staple', // tfl-eval-not: hardcoded-credential
  rememberMe: true,
};
