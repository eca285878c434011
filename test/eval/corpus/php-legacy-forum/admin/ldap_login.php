<?php
require '../include/config.inc.php';

$conn = ldap_connect('ldaps://ldap.forum-community.org');
ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
if (!ldap_bind($conn, 'cn=forum,ou=apps,dc=forum-community,dc=org', 'Dkhpe16_Uxvq')) { // tfl-eval: hardcoded-credential
    die('LDAP bind failed');
}

$ftp = ftp_connect('backup.forum-community.org');
ftp_login($ftp, 'forum-backup', 'Kptnm00#SCnM'); // tfl-eval: hardcoded-credential

if (isset($_POST['password']) && password_verify($_POST['password'], $row['hash'])) { // tfl-eval-not: hardcoded-credential
    echo 'Welcome back';
} else {
    echo 'Wrong password, try again.'; // tfl-eval-not: hardcoded-credential
}
