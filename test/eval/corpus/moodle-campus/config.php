<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'pg.campus.internal';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'Marlin$7132meadow'; // tfl-eval: hardcoded-credential
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array('dbpersist' => 0, 'dbport' => 5432);

$CFG->wwwroot   = 'https://campus.example.edu';
$CFG->dataroot  = '/var/moodledata';
$CFG->passwordsaltmain = 'ku5X3WST3UugZem9zcCchRdPcDqAAkqNy0q9Q4MX'; // tfl-eval: hardcoded-credential
$CFG->passwordpolicy = 1; // tfl-eval-not: hardcoded-credential

require_once(__DIR__ . '/lib/setup.php');
