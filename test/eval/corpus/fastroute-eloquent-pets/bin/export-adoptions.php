<?php

// Monthly CSV for the shelter board; run by hand.
require __DIR__ . '/../vendor/autoload.php';

use Illuminate\Database\Capsule\Manager as Capsule;
use Pets\Support\Database;

Database::boot();
$out = fopen($argv[1], 'w'); // tfl-eval-not: file-logger
foreach (Capsule::table('adoption_requests')->get() as $row) {
    fputcsv($out, [$row->pet, $row->applicant, $row->created_at]);
}
fclose($out);
