<?php
namespace common\components;

// The old catalogue database, still read by the nightly export.
function legacy_connect($host, $user, $password, $dbname)
{
    return new \PDO("mysql:host={$host};dbname={$dbname}", $user, $password);
}

function render_field($name, $passwordLabel)
{
    return "<label for=\"{$name}\">{$passwordLabel}</label>";
}

$legacy = legacy_connect('legacy.bazaar.internal', 'export', 'glMI_jm1TKRb', 'catalogue'); // tfl-eval: hardcoded-credential
echo render_field('pw', 'Password'); // tfl-eval-not: hardcoded-credential
$fromEnv = legacy_connect('legacy.bazaar.internal', 'export', getenv('LEGACY_DB_PASSWORD'), 'catalogue'); // tfl-eval-not: hardcoded-credential
