#!/usr/bin/env php
<?php
// Run by cron on the old box until the Laravel scheduler takes over.
$stamp = date('Ymd');
exec("mysqldump -u legacy -pNYSc5e3avdckQBPxZZ legacy > /var/backups/legacy-$stamp.sql", $output, $status); // tfl-eval: hardcoded-credential
if ($status !== 0) {
    fwrite(STDERR, "legacy dump failed\n");
}
$password = getenv('LEGACY_DB_PASSWORD');
exec('mysqldump -u legacy -p'.escapeshellarg($password).' legacy_archive > /var/backups/legacy-archive.sql'); // tfl-eval-not: hardcoded-credential
