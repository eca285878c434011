<?php
// Copy to config/config.php and fill in.
declare(strict_types=1);

const DB_HOST = 'mysql0000.db.sakura.ne.jp';
const DB_NAME = 'your_database_name';
const DB_USER = 'your_database_user';
const DB_PASS = 'your_database_password'; // tfl-eval-not: hardcoded-credential

const OPENAI_API_KEY = 'sk-proj-...'; // tfl-eval-not: hardcoded-credential
const OPENAI_MODEL = 'gpt-4.1-mini';
const YOUTUBE_API_KEY = '';
const SESSION_SECRET = '長いランダム文字列に変更'; // tfl-eval-not: hardcoded-credential

const SESSION_DAYS = 30;
const MAX_FAILS = 8;
