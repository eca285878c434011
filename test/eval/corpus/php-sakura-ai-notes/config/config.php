<?php
// config/config.php — not committed in the original layout; copy of config.example.php with real values.
declare(strict_types=1);

const DB_HOST = 'mysql3107.db.sakura.ne.jp'; // tfl-eval: hardcoded-backing-service
const DB_NAME = 'notesapp_main';
const DB_USER = 'notesapp_main';
const DB_PASS = 'P7CKunTbqDsBNCRgeVko'; // tfl-eval: hardcoded-credential

const OPENAI_API_KEY = 'sk-proj-LmirfpP9EtJF12YrLxyYZposfNGTz0tyYei5zYxTL2Y1hSi83E0qj528s0XNe3HOYkmQEmKvtjsG'; // tfl-eval: hardcoded-credential
const OPENAI_MODEL = 'gpt-4.1-mini';
const YOUTUBE_API_KEY = ''; // tfl-eval-not: hardcoded-credential
const SESSION_SECRET = 'yqXpuDFvSxgcfj1bqNyy8wGY3vDDMncHI5qSX14C'; // tfl-eval: hardcoded-credential

const SESSION_DAYS = 30;
const MAX_FAILS = 8;
