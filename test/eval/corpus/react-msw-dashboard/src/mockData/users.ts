export const mockUsers = [
  { id: 1, username: 'operator', password: 'op3rator!', token: 'mock-session-token-1' }, // tfl-eval-not: hardcoded-credential
  { id: 2, username: 'viewer', password: 'viewer2024', token: 'mock-session-token-2' }, // tfl-eval-not: hardcoded-credential
];
