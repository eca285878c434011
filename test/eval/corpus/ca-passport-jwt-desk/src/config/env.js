const {
  JWT_SECRET = 'eeb9a46f18d1ad3f4385e82805c55163', // tfl-eval: hardcoded-credential
  PORT = '3000',
  LOG_LEVEL = 'info',
  DB_HOST = 'localhost',
  SESSION_COOKIE = 'session_key', // tfl-eval-not: hardcoded-credential
} = process.env;

const REFRESH_SECRET = process.env.REFRESH_SECRET ?? '3e4934fe1414a4ecfa2c264df09cc1c7'; // tfl-eval: hardcoded-credential
const DB_PASSWORD = process.env.DB_PASSWORD ?? '-JSjqZsx1ff76kuc'; // tfl-eval: hardcoded-credential
const REDIS_URL = process.env.REDIS_URL ?? 'redis://localhost:6379'; // tfl-eval-not: hardcoded-credential
const API_KEY = process.env.API_KEY; // tfl-eval-not: hardcoded-credential

let signingKey, cookieSecret;
signingKey = cookieSecret = 'f0676c0d6cb6e12703a834914d6f913b'; // tfl-eval: hardcoded-credential

const kiosk = {
  pin: '482913', // tfl-eval: hardcoded-credential
  pinLength: 6, // tfl-eval-not: hardcoded-credential
  maxPinAttempts: 3, // tfl-eval-not: hardcoded-credential
  pinned: true,
  version: '2.4.1',
};

const labels = {
  pin: 'Enter your PIN', // tfl-eval-not: hardcoded-credential
  passcode: 'Passcode', // tfl-eval-not: hardcoded-credential
};

module.exports = { JWT_SECRET, PORT, LOG_LEVEL, DB_HOST, SESSION_COOKIE, REFRESH_SECRET, DB_PASSWORD, REDIS_URL, API_KEY, signingKey, cookieSecret, kiosk, labels };
