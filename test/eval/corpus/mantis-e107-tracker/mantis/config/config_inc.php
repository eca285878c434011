<?php
$g_hostname               = 'db.tracker.internal';
$g_db_type                = 'mysqli';
$g_database_name          = 'bugtracker';
$g_db_username            = 'mantis';
$g_db_password            = 'zFA5I28mICUKMDFIMROyCowE'; // tfl-eval: hardcoded-credential

$g_default_timezone       = 'Europe/Berlin';

$g_crypto_master_salt     = 'J8vmb3O0gPrlWfNsQk2dXyA6uTz1cHiR5eLwK7qM9oE='; // tfl-eval: hardcoded-credential

$g_phpMailer_method       = PHPMAILER_METHOD_SMTP;
$g_smtp_host              = 'smtp.tracker.example';
$g_smtp_username          = 'mantis@tracker.example';
$g_smtp_password          = '87eLlwGbrzraUw3C'; // tfl-eval: hardcoded-credential
$g_smtp_connection_mode   = 'tls';
$g_smtp_port              = 587;

$g_webmaster_email        = 'webmaster@tracker.example';
$g_allow_signup           = OFF;
$g_ldap_bind_dn           = 'cn=mantis,ou=services,dc=tracker,dc=example';
$g_ldap_bind_passwd       = 'GXrAO2lgIqRJVazZTYe5'; // tfl-eval: hardcoded-credential
