<?php
/*********************************************************************
    ost-config.php

    Static osTicket configuration file. Mainly useful for mysql login info.
    Created during installation process and shouldn't change even on upgrades.
**********************************************************************/

#Disable direct access.
if(!strcasecmp(basename($_SERVER['SCRIPT_NAME']),basename(__FILE__)) || !defined('INCLUDE_DIR'))
    die('kwaheri rafiki!');

#Install flag
define('OSTINSTALLED',TRUE);

# Encrypt/Decrypt secret key - randomly generated during installation.
define('SECRET_SALT','kKOCoFT4Eq89KNyLVp0Ylucl4iWd'); // tfl-eval: hardcoded-credential

#Default admin email. Used only on db connection issues and related alerts.
define('ADMIN_EMAIL','helpdesk-admin@support.example');

# Database Options
define('DBTYPE','mysql');
define('DBHOST','localhost');
define('DBNAME','osticket');
define('DBUSER','osticket');
define('DBPASS','0sT1cket-db#2020'); // tfl-eval: hardcoded-credential

# Table prefix
define('TABLE_PREFIX','ost_');
