<?php

include("connect_i.php");

$message = "";
if (isset($_POST["form"])) {
    $login = $_POST["login"];
    $password = hash("sha1", $_POST["password"], false);
    $sql = "SELECT * FROM users WHERE login = '" . $login . "' AND BINARY password = '" . $password . "'";
    $recordset = $link->query($sql);
    if ($recordset->num_rows == 0) {
        $message = "<font color=\"red\">Invalid credentials or user not activated!</font>";
    }
}
$placeholder_password = "Enter your password";
