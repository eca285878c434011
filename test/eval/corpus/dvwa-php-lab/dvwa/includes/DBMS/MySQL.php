<?php
/*
 * Creates the lab database, its tables and the five demo users.
 */

$create_db = "CREATE DATABASE {$_LAB['db_database']};";

$avatarUrl = '/hackable/users/';
$insert = "INSERT INTO users VALUES
	('1','admin','admin','admin',MD5('password'),'{$avatarUrl}admin.jpg', NOW(), '0'),
	('2','Gordon','Brown','gordonb',MD5('abc123'),'{$avatarUrl}gordonb.jpg', NOW(), '0'),
	('3','Hack','Me','1337',MD5('charley'),'{$avatarUrl}1337.jpg', NOW(), '0'),
	('4','Pablo','Picasso','pablo',MD5('letmein'),'{$avatarUrl}pablo.jpg', NOW(), '0');";

if (!mysqli_query($GLOBALS['___mysqli_ston'], $insert)) {
	labMessagePush('Data could not be inserted into users table');
}
