<?php
	//----------------------------------------------------------------------------------//
	//                               COMPULSORY SETTINGS
	//----------------------------------------------------------------------------------//

	/*  Set the URL to your Sendy installation (without the trailing slash) */
	define('APP_PATH', 'https://newsletter.bakery.example');

	/*  MySQL database connection credentials (please place values between the apostrophes) */
	$dbHost = 'localhost'; //MySQL Hostname
	$dbUser = 'sendy'; //MySQL Username
	$dbPass = 'C4IhAq6L0U8hMozBCz'; // tfl-eval: hardcoded-credential
	$dbName = 'sendy'; //MySQL Database Name

	//----------------------------------------------------------------------------------//
	//                                  OPTIONAL SETTINGS
	//----------------------------------------------------------------------------------//

	$cookie_domain = '';
	$charset = 'utf8mb4';
	$dbPort = 3306;
