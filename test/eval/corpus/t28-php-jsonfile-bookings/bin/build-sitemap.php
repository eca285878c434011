<?php

// Run by the deploy script: the sitemap is generated output, not a user's state.
$out = __DIR__ . '/../public/sitemap.json';
$pages = json_decode(file_get_contents(__DIR__ . '/../pages.json'), true);
file_put_contents($out, json_encode(array_keys($pages))); // tfl-eval-not: memory-session-store
