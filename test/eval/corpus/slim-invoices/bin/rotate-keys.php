<?php

declare(strict_types=1);

// Rotates the webhook signing secret: generates a new one and prints it once.
$secret = bin2hex(random_bytes(32)); // tfl-eval-not: hardcoded-credential
$previous = getenv('WEBHOOK_SECRET') ?: ''; // tfl-eval-not: hardcoded-credential
fwrite(STDOUT, "New secret generated; store it in WEBHOOK_SECRET.\n");
