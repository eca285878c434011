<?php
$glob['adminFile'] = 'admin_Hq83Kd.php';
$glob['adminFolder'] = 'admin_Zp41Xy';
$glob['dbdatabase'] = 'cubecart_tea';
$glob['dbhost'] = 'localhost';
$glob['dbpassword'] = '4GZddU90coNsoGulPG'; // tfl-eval: hardcoded-credential
$glob['dbprefix'] = 'CubeCart_';
$glob['dbusername'] = 'cubecart';
$glob['encoder'] = 'ioncube';
$glob['installed'] = '1';
$glob['license_key'] = '';
$glob['rootRel'] = '/';
$glob['storeURL'] = 'https://tea.example.shop';
