process.env.ADMIN_KEY = 'test-admin-key'; // tfl-eval-not: hardcoded-credential
