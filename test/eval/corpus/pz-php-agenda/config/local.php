<?php
const BACKUP_SERVER = "backup.agenda-hosting.net"; // tfl-eval-not: hardcoded-backing-service
const BACKUP_TARGET = "sftp://" . BACKUP_SERVER . "/agenda/";
const CACHE_DSN = "mysql:host=" . getenv('CACHE_DB_HOST') . ";dbname=cache"; // tfl-eval-not: hardcoded-backing-service
