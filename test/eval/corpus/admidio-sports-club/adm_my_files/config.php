<?php
/**
 * Configuration file of Admidio (written by the installer).
 */

// Select your database system
$gDbType = 'mysql';

// Table prefix for Admidio-Tables in database
$g_tbl_praefix = 'adm';

// Access to the database of the MySQL-Server
$g_adm_srv  = 'localhost';
$g_adm_port = null;
$g_adm_db   = 'admidio_club';
$g_adm_usr  = 'admidio';
$g_adm_pw   = 'HWRS82AKpbTaSi9O5o'; // tfl-eval: hardcoded-credential

// Short description of the organization that is running Admidio
$g_organization = 'SVR';

// The name of the timezone in which your organization is located.
$gTimezone = 'Europe/Berlin';

// Set the preferred password hashing algorithm.
$gPasswordHashAlgorithm = 'DEFAULT'; // tfl-eval-not: hardcoded-credential
