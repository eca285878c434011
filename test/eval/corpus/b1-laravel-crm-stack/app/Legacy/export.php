<?php
// Legacy CSV export kept for the accounting team's desktop import.
$link = mysqli_connect('localhost', 'root', '', 'crm_export');  // tfl-eval: hardcoded-backing-service; tfl-eval-not: hardcoded-credential
if (!$link) {
    exit('cannot connect: ' . mysqli_connect_error());
}
$result = mysqli_query($link, 'SELECT id, name, email FROM leads');
while ($row = mysqli_fetch_assoc($result)) {
    echo implode(',', $row), "\n";
}
