#!/bin/sh
# Local preview of the docs pages.
php -S 127.0.0.1:8099 -t public/docs
