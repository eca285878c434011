<?php

# Database management system to use
$DBMS = getenv('DBMS') ?: 'MySQL';

# Database variables
#   WARNING: The database specified under db_database WILL BE ENTIRELY DELETED during setup.
$_LAB = array();
$_LAB[ 'db_server' ]   = getenv('DB_SERVER') ?: '127.0.0.1';
$_LAB[ 'db_database' ] = 'weblab';
$_LAB[ 'db_user' ]     = 'weblab';
$_LAB[ 'db_password' ] = 'L4b-Db-Passw0rd!'; // tfl-eval: hardcoded-credential
$_LAB[ 'db_port']      = '3306';

# ReCAPTCHA settings, used for the 'Insecure CAPTCHA' module
$_LAB[ 'recaptcha_public_key' ]  = '6LdK7xITAAzzAAJQTfL7fu6I-0aPl8KHHieAT_yJg';
$_LAB[ 'recaptcha_private_key' ] = getenv('RECAPTCHA_PRIVATE_KEY');

# Default security level
$_LAB[ 'default_security_level' ] = 'impossible';
$_LAB[ 'default_locale' ] = 'en';
