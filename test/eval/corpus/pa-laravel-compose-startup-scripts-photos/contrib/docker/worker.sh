#!/bin/bash
cd /var/www || exit
# tfl-eval-next-line: no-graceful-shutdown
gosu www-data php artisan horizon
