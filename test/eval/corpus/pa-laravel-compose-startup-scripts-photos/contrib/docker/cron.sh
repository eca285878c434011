#!/bin/bash
cd /var/www || exit
# tfl-eval-not: no-graceful-shutdown  (exec: the scheduler is PID 1)
exec gosu www-data php artisan schedule:work
