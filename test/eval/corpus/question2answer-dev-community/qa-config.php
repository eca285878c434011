<?php
/*
	Question2Answer configuration
	Define the database connection here.
*/
	define('QA_MYSQL_HOSTNAME', 'db.q2a.internal'); // tfl-eval: hardcoded-backing-service
	define('QA_MYSQL_PORT', '3306');
	define('QA_MYSQL_USERNAME', 'q2a');
	define('QA_MYSQL_PASSWORD', 'jf!CqM3C9-Ny_Kt7'); // tfl-eval: hardcoded-credential
	define('QA_MYSQL_DATABASE', 'q2a_community');
	define('QA_MYSQL_TABLE_PREFIX', 'qa_');

	define('QA_EXTERNAL_USERS', false);
	define('QA_HTML_COMPRESSION', true);
	define('QA_DEBUG_PERFORMANCE', false);
