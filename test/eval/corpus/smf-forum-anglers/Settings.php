<?php

/**
 * The settings file contains all of the basic settings that need to be present when a database/cache is not available.
 *
 * Simple Machines Forum (SMF)
 *
 * @package SMF
 * @version 2.1.4
 */

########## Maintenance ##########
/**
 * @var int 0, 1, 2
 */
$maintenance = 0;
$mtitle = 'Maintenance Mode';
$mmessage = 'Okay faithful users...we\'re attempting to restore an older backup of the database...';

########## Forum Info ##########
$mbname = 'Anglers Bulletin Board';
$language = 'english';
$boardurl = 'https://forum.anglers.example';
$webmaster_email = 'webmaster@anglers.example';
$cookiename = 'SMFCookie741'; // tfl-eval-not: hardcoded-credential
$auth_secret = '17d2f2641f917e3a20b6c693f74842c9b74e664e496a8385b99da9bb918a7097'; // tfl-eval: hardcoded-credential

########## Database Info ##########
$db_type = 'mysql';
$db_port = 0;
$db_server = 'localhost';
$db_name = 'anglers_smf';
$db_user = 'anglers';
$db_passwd = 'zOFPZ4+g.@HYI-Ksq4'; // tfl-eval: hardcoded-credential
$ssi_db_user = '';
$ssi_db_passwd = ''; // tfl-eval-not: hardcoded-credential
$db_prefix = 'smf_';
$db_persist = false;
$db_error_send = 0;
$db_mb4 = null;

########## Cache Info ##########
$cache_accelerator = 'memcached';
$cache_enable = 1;
$cache_memcached = 'cache.internal:11211';
$cachedir = dirname(__FILE__) . '/cache';

######### Image Proxy #########
$image_proxy_enabled = true;
$image_proxy_secret = 'bmzw31ezmy1m8qjukoov'; // tfl-eval: hardcoded-credential
$image_proxy_maxsize = 5192;

########## Directories/Files ##########
$boarddir = dirname(__FILE__);
$sourcedir = dirname(__FILE__) . '/Sources';
$packagesdir = dirname(__FILE__) . '/Packages';
$tasksdir = $sourcedir . '/tasks';

######### Error-Catching #########
$db_last_error = 0;
