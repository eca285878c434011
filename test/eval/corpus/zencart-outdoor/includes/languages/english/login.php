<?php
define('NAVBAR_TITLE', 'Login');
define('HEADING_TITLE', 'Welcome, Please Sign In');
define('ENTRY_PASSWORD', 'Password:'); // tfl-eval-not: hardcoded-credential
define('TEXT_PASSWORD_FORGOTTEN', 'Forgot your password?'); // tfl-eval-not: hardcoded-credential
define('TEXT_LOGIN_ERROR', 'Error: Sorry, there is no match for that email address and/or password.');
define('ENTRY_PASSWORD_CONFIRMATION', 'Confirm Password:');
