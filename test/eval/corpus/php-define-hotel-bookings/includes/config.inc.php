<?php
// Site configuration, included by every page.
define('SITE_NAME', 'Harbour View Hotel');
define('SITE_URL', 'https://www.harbourview-hotel.example');
define('DB_HOST', 'localhost');
define('DB_USER', 'harbour_web');
define('DB_PASS', 'Rt7Wq2Zx9Lm4Kp6V'); // tfl-eval: hardcoded-credential
define('DB_NAME', 'harbour_bookings');

define('SMTP_HOST', 'smtp.office365.com'); // tfl-eval: hardcoded-backing-service
define('SMTP_USER', 'reservations@harbourview-hotel.example');
define('SMTP_PASSWORD', 'Nc5Vb8Xz1Qw3Er6T'); // tfl-eval: hardcoded-credential

define('PAYPAL_CLIENT_ID', 'AY2nLq8xW4vR7tZ1pK3mB6cF9dH0jS5gE');
define('PAYPAL_SECRET', 'EK7mW2qX9vL4tR1zP8nB3cF6dH0jS5gYuA3iO7eU1'); // tfl-eval: hardcoded-credential
define('BOOKING_HASH_SALT', '7a1f4c9e2b8d5a3f6c0e9b4d1a7f3c8e'); // tfl-eval: hardcoded-credential

define('PASSWORD_MIN_LENGTH', 8); // tfl-eval-not: hardcoded-credential
define('SESSION_TOKEN_NAME', 'hv_token'); // tfl-eval-not: hardcoded-credential
define('RECAPTCHA_SITE_KEY', '6LcQx7kpAAAAAJ3vN9wT2rZ8mL5qB1cY4dF7hK0s');
define('RECAPTCHA_SECRET_KEY', getenv('RECAPTCHA_SECRET_KEY')); // tfl-eval-not: hardcoded-credential
