<?php
/*********************************************************************************
 * The contents of this file are subject to the vtiger CRM Public License Version 1.0
 ********************************************************************************/

include('vtigerversion.php');

ini_set('memory_limit', '512M');

$HELPDESK_SUPPORT_EMAIL_ID = 'support@dealers.example';
$HELPDESK_SUPPORT_NAME = 'Dealer Support';

$dbconfig['db_server'] = 'localhost';
$dbconfig['db_port'] = ':3306';
$dbconfig['db_username'] = 'vtiger';
$dbconfig['db_password'] = 'TrFrZLjaURAAQd9H'; // tfl-eval: hardcoded-credential
$dbconfig['db_name'] = 'vtiger_dealers';
$dbconfig['db_type'] = 'mysqli';
$dbconfig['db_status'] = 'true';

$dbconfig['db_hostname'] = $dbconfig['db_server'] . $dbconfig['db_port'];

$host_name = $dbconfig['db_hostname'];
$site_URL = 'https://crm.dealers.example/';
$root_directory = '/var/www/vtiger/';
$cache_dir = 'cache/';

$default_charset = 'UTF-8';
$default_language = 'en_us';

// Generated on install; keys the session and the customer portal.
$application_unique_key = '46192c2f3edbe00dd51db982f50b1395'; // tfl-eval: hardcoded-credential

$listview_max_textlength = 40;
$upload_maxsize = 3145728;
