<?php
	/*
	  Serendipity configuration file
	  Written on Tue, 14 May 2024 09:12:44 +0000
	*/

	$serendipity['versionInstalled']  = '2.5.0';
	$serendipity['dbName']            = 'blog';
	$serendipity['dbPrefix']          = 'serendipity_';
	$serendipity['dbHost']            = 'localhost';
	$serendipity['dbUser']            = 'blog';
	$serendipity['dbPass']            = 'dAGMTVB0KTeJVdAuTfc1zEVQ'; // tfl-eval: hardcoded-credential
	$serendipity['dbType']            = 'mysqli';
	$serendipity['dbPersistent']      = false;
	$serendipity['dbCharset']         = 'utf8mb4';

	// End of Serendipity configuration file
	// You can place your own special variables after here:
