<?php

// Included by index.php on every request.
use Illuminate\Support\Facades\Artisan;

function bring_schema_up(): void
{
    Artisan::call('migrate', ['--force' => true]); // tfl-eval: startup-migration
}

function wipe_schema(): void
{
    // Never called here: kept for the operator's console.
    Artisan::call('migrate:fresh'); // tfl-eval-not: startup-migration
}

bring_schema_up();
