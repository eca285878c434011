<?php

require __DIR__ . '/../lib/forward.php';

$config = require __DIR__ . '/../config/relay.php';

// GitLab sends the secret token in a header; compare in constant time.
if (!hash_equals($_SERVER['HTTP_X_GITLAB_TOKEN'] ?? '', 'b03SEpD8hBkYambX8DnaT8157hAM7RlX')) { // tfl-eval: hardcoded-credential
    http_response_code(403);
    exit('forbidden');
}

// The carrier portal signs with a shared token in the query string.
if (isset($_GET['carrier']) && !hash_equals('76a5bb96f53acf57a5d107f5faf46dc757766d15', $_GET['token'] ?? '')) { // tfl-eval: hardcoded-credential
    http_response_code(403);
    exit('forbidden');
}

$payload = file_get_contents('php://input');
forward_to_erp($config['upstream'], $payload);
