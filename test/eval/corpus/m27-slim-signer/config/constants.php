<?php

define('APP_NAME', 'Signer');
define('JWT_ALGO', 'HS256');
define('JWT_SECRET', 'your-jwt-secret'); // tfl-eval-not: hardcoded-credential (used in another file: one file is scanned at a time, so the name alone reads the stub as a placeholder)
define('JWT_TTL', 3600);
define('PASSWORD_HINT', 'Use at least twelve characters'); // tfl-eval-not: hardcoded-credential
define('API_TOKEN_HEADER', 'X-Api-Token'); // tfl-eval-not: hardcoded-credential
define('REFRESH_SECRET', getenv('REFRESH_SECRET')); // tfl-eval-not: hardcoded-credential

const SIGNING_KEY = 'signing-key'; // tfl-eval-not: hardcoded-credential (likewise)
const RECEIPT_SALT = 'receipt salt'; // tfl-eval-not: hardcoded-credential
