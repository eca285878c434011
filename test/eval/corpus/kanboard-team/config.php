<?php

// Enable/Disable debug
define('DEBUG', false);

// Available log drivers: syslog, stderr, stdout, system or file
define('LOG_DRIVER', 'stderr');

// Database driver: sqlite, mysql or postgres
define('DB_DRIVER', 'postgres');
define('DB_USERNAME', 'kanboard');
define('DB_PASSWORD', 'k4nb0ard-team'); // tfl-eval: hardcoded-credential
define('DB_HOSTNAME', 'pg.team.lan'); // tfl-eval: hardcoded-backing-service
define('DB_NAME', 'kanboard');

// LDAP
define('LDAP_AUTH', true);
define('LDAP_SERVER', 'ldaps://ldap.team.lan');
define('LDAP_BIND_TYPE', 'proxy');
define('LDAP_USERNAME', 'cn=kanboard,ou=apps,dc=team,dc=lan');
define('LDAP_PASSWORD', 'ld4p-Kanb0ard'); // tfl-eval: hardcoded-credential

// Mail
define('MAIL_TRANSPORT', 'smtp');
define('MAIL_SMTP_HOSTNAME', 'smtp.team.lan'); // tfl-eval: hardcoded-backing-service
define('MAIL_SMTP_USERNAME', 'kanboard@team.lan');
define('MAIL_SMTP_PASSWORD', ''); // tfl-eval-not: hardcoded-credential

define('API_AUTHENTICATION_HEADER', 'X-API-Auth'); // tfl-eval-not: hardcoded-credential
