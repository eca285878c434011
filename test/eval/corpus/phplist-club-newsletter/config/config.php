<?php

/*
 * ==============================================================================================================
 *
 * The minimum requirements to get phpList working are in this file.
 * If you are interested in tweaking more options, check out the config_extended.php file
 *
 * ==============================================================================================================
 */

// what is your Mysql database server hostname
$database_host = 'localhost';

// what is the name of the database we are using
$database_name = 'club_phplist';

// what user has access to this database
$database_user = 'phplist';

// and what is the password to login to control the database
$database_password = '%Jzpm*aRzy3ne8.ZPm'; // tfl-eval: hardcoded-credential

// if you have an SMTP server, set it here. Otherwise it will use the normal php mail() function
define('PHPMAILERHOST', 'smtp.club.example');

// if your SMTP server requires a username and password, set them here
$phpmailer_smtpuser = 'newsletter@club.example';
$phpmailer_smtppassword = '7!MeFGx0LYrLl4PO'; // tfl-eval: hardcoded-credential

// if test is true (not 0) it will not actually send ANY messages, but display what it would have sent
define('TEST', 0);

// the secret that signs unsubscribe links
define('UNSUBSCRIBE_SECRET', '89LE0H7NS8on3XXTVPuGdD2WL0lH18Sk'); // tfl-eval: hardcoded-credential

// password hashing algorithm for admin accounts
define('HASH_ALGO', 'sha256'); // tfl-eval-not: hardcoded-credential
define('ENCRYPTPASSWORD', 1); // tfl-eval-not: hardcoded-credential

$bounce_protocol = 'pop';
$bounce_mailbox_host = 'mail.club.example';
$bounce_mailbox_user = 'bounces@club.example';
$bounce_mailbox_password = 'KsPBSzUoi@Frz5eK'; // tfl-eval: hardcoded-credential
