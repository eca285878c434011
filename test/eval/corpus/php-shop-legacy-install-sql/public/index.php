<?php
$db = new mysqli(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASSWORD'), 'shop'); // tfl-eval-not: hardcoded-credential
echo 'shop';
