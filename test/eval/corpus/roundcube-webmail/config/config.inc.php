<?php

/* Local configuration for Roundcube Webmail */

// Database connection string (DSN) for read+write operations
$config['db_dsnw'] = 'mysql://roundcube:Rc-db-pass-4471@localhost/roundcubemail'; // tfl-eval: hardcoded-credential, hardcoded-backing-service

// IMAP host chosen to perform the log-in.
$config['imap_host'] = 'ssl://imap.mailhost.example.net:993';

// SMTP server host (for sending mails).
$config['smtp_host'] = 'tls://smtp.mailhost.example.net:587';

// SMTP username (if required) if you use %u as the username Roundcube
// will use the current username for login
$config['smtp_user'] = '%u';

// SMTP password (if required) if you use %p as the password Roundcube
// will use the current user's password for login
$config['smtp_pass'] = '%p'; // tfl-eval-not: hardcoded-credential

// provide an URL where a user can get support for this Roundcube installation
$config['support_url'] = 'https://help.mailhost.example.net';

// This key is used to encrypt the users imap password which is stored
// in the session record. For the default cipher method it must be
// exactly 24 characters long.
$config['des_key'] = 'Zq8!xT2vLp5#Wm9rKc3@Hn6y'; // tfl-eval: hardcoded-credential

// Name your service. This is displayed on the login screen and in the window title
$config['product_name'] = 'Mailhost Webmail';

// List of active plugins (in plugins/ directory)
$config['plugins'] = ['archive', 'zipdownload', 'password', 'managesieve'];

// skin name: folder from skins/
$config['skin'] = 'elastic';
