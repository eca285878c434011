<?php

include("admin/settings.php");

$link = new mysqli($db_server, $db_username, $db_password);

if (isset($_REQUEST["install"]) && $_REQUEST["install"] == "yes") {
    $link->query("CREATE DATABASE buglab");
    $link->select_db("buglab");
    $link->query("CREATE TABLE users (id INT, login VARCHAR(100), password VARCHAR(100), email VARCHAR(100), secret VARCHAR(100), activated TINYINT)");
    $sql = "INSERT INTO users (login, password, email, secret, activated) VALUES
        ('A.I.M.', '6885858486f31043e5839c735d99457f045affd0', 'buglab-aim@mailinator.com', 'A.I.M. or Authentication Is Missing', 1),
        ('bee', '6885858486f31043e5839c735d99457f045affd0', 'buglab-bee@mailinator.com', 'Any bugs?', 1)";
    $link->query($sql);
    $message = "The database has been created. You can log in with bee/bug.";
}
