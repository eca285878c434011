<?php

if (isset($_POST['Login']) && isset($_POST['username']) && isset($_POST['password'])) {
	checkToken($_REQUEST['user_token'], $_SESSION['session_token'], 'index.php');

	$user = stripslashes($_POST['username']);
	$pass = md5(stripslashes($_POST['password']));

	$total_failed_login = 3;
	$lockout_time = 15;
	$html = "<pre><br />Username and/or password incorrect.<br /><br/>Alternative, the account has been locked because of too many failed logins.</pre>";
}
