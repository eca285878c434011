<?php

define('LAB_WEB_PAGE_TO_ROOT', '');
require_once LAB_WEB_PAGE_TO_ROOT . 'dvwa/includes/labPage.inc.php';

labPageStartup(array('phpids'));

$page = labPageNewGrab();
$page['title'] = 'Setup' . $page['title_separator'] . $page['title'];

if (isset($_POST['create_db'])) {
	checkToken($_REQUEST['user_token'], $_SESSION['session_token'], 'setup.php');
	if ($DBMS == 'MySQL') {
		include_once LAB_WEB_PAGE_TO_ROOT . 'dvwa/includes/DBMS/MySQL.php';
	}
}

$page['body'] .= "
<p>Click on the 'Create / Reset Database' button below to create or reset your database.<br />
The default login is <em>admin</em> / <em>password</em>.</p>
<p>Default credentials: Username: admin, Password: password</p>";

labHtmlEcho($page);
