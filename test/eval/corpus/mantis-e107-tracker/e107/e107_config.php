<?php
/*
 * e107 website system
 * e107 configuration file
 */

$mySQLserver    = 'localhost';
$mySQLuser      = 'e107';
$mySQLpassword  = 't6hcKi8sTI18CtLIgLZCj0Ak'; // tfl-eval: hardcoded-credential
$mySQLdefaultdb = 'e107_club';
$mySQLprefix    = 'e107_';
$mySQLcharset   = 'utf8';

$ADMIN_DIRECTORY     = 'e107_admin/';
$FILES_DIRECTORY     = 'e107_files/';
$IMAGES_DIRECTORY    = 'e107_images/';
$PLUGINS_DIRECTORY   = 'e107_plugins/';

$E107_CONFIG = array('site_path' => '000000test');
