<?php
// Chamilo configuration file, written by the installer.
$_configuration['db_host'] = 'localhost';
$_configuration['db_port'] = '3306';
$_configuration['main_database'] = 'chamilo';
$_configuration['db_user'] = 'chamilo';
$_configuration['db_password'] = 'WAOTlTcJSl4hNqDV'; // tfl-eval: hardcoded-credential
$_configuration['db_manager_enabled'] = false;
$_configuration['root_web'] = 'https://campus.example.edu/';
$_configuration['root_sys'] = '/var/www/chamilo/';
$_configuration['security_key'] = '3ea161407d3744d5d946e8c560c760d9'; // tfl-eval: hardcoded-credential
$_configuration['password_encryption'] = 'bcrypt'; // tfl-eval-not: hardcoded-credential
$_configuration['session_lifetime'] = 360000;
$_configuration['software_name'] = 'Chamilo';
$_configuration['system_version'] = '1.11.26';
$_configuration['bbb_enable'] = true;
$_configuration['bbb_host'] = 'https://bbb.example.edu/bigbluebutton/';
$_configuration['bbb_salt'] = '25a12a85eaff241401fb7ce7208a11ef'; // tfl-eval: hardcoded-credential
