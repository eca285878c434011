#!/usr/bin/env bash
# A developer's reset: not what any image runs.
php artisan migrate:fresh --seed # tfl-eval-not: startup-migration
php artisan serve
