import dotenv from 'dotenv';

// Loads the real .env (git-ignored); the template is only the list of names.
dotenv.config(); // tfl-eval-not: hardcoded-credential
