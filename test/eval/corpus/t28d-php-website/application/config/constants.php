<?php
define('APP_SECRET', 'prod.gedungsate45bandung'); // tfl-eval: hardcoded-credential
define('RESET_TOKEN_LABEL', 'auth.reset_token'); // tfl-eval-not: hardcoded-credential
define('APP_SECRET_KEY_NAME', 'prod.app_secret'); // tfl-eval-not: hardcoded-credential
