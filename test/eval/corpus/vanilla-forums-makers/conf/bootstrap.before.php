<?php
// Container-friendly overrides: the compose stack passes these in.
if (getenv('FORUM_DB_PASSWORD')) {
    saveToConfig('Database.Password', getenv('FORUM_DB_PASSWORD'), false); // tfl-eval-not: hardcoded-credential
}
saveToConfig('Garden.Email.SmtpPassword', getenv('FORUM_SMTP_PASSWORD') ?: '', false); // tfl-eval-not: hardcoded-credential
