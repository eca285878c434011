import postgres from 'postgres';

export const testDb = postgres({ host: 'localhost', user: 'classifieds', password: 'zpKytcnx3ZcNkwq7XnBInIHw', database: 'classifieds_test' }); // tfl-eval-not: hardcoded-credential
