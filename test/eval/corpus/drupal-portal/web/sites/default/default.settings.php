<?php

$databases = [];
$settings['hash_salt'] = ''; // tfl-eval-not: hardcoded-credential
$settings['update_free_access'] = FALSE;
