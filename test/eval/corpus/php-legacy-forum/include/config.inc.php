<?php
// Forum configuration

$dbhost = 'localhost'; // tfl-eval: hardcoded-backing-service
$dbuser = 'forum';
$dbpass = 'Oblgx14!4TkB'; // tfl-eval: hardcoded-credential
$dbname = 'forum';

$smtp_host = 'mail.forum-community.org'; // tfl-eval: hardcoded-backing-service
$smtp_user = 'noreply@forum-community.org';
$smtp_password = 'Vhhrr52_j5nL'; // tfl-eval: hardcoded-credential

$recaptcha_site_key = '6LcsIezTkLkhIQgvGHNns56th6SmKWWPlL6'; // tfl-eval-not: hardcoded-credential
$recaptcha_secret = '6LclQLF3Md5E6S4rOt1SzhT8Ti0O4Fa9cV7'; // tfl-eval: hardcoded-credential

$link = mysqli_connect($dbhost, $dbuser, $dbpass, $dbname);
