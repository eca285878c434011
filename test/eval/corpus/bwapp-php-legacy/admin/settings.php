<?php

// Database connection settings
$db_server = getenv("BUGLAB_DB_HOST") ?: "localhost";
$db_username = "buglab";
$db_password = "bug-L4b-mysql!"; // tfl-eval: hardcoded-credential
$db_name = "buglab";

// SMTP settings
$smtp_sender = "buglab@itsecgames.lab";
$smtp_recipient = getenv("BUGLAB_SMTP_RECIPIENT");
$smtp_server = getenv("BUGLAB_SMTP_HOST");

// A.I.M. - Authentication Is Missing
$AIM_IPs = array("6.6.6.6", "6.6.6.7");
$AIM_subnet = "";

// Evil bee mode
$evil_bee = 0;
