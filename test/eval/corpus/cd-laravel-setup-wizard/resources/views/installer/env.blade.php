APP_NAME="{{ $appName }}"
APP_ENV=production
APP_KEY={{ $appKey }}
APP_DEBUG=false
APP_URL={{ $appUrl }}

DB_CONNECTION=mysql
DB_HOST={{ $dbHost }}
DB_DATABASE={{ $dbName }}
DB_USERNAME={{ $dbUser }}
DB_PASSWORD={{ $dbPassword }}

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.setup-wizard.example.com
{{-- tfl-eval-next-line: hardcoded-credential --}}
MAIL_PASSWORD=991b3fc8aae9d714131b40f8cc914caf-25e387e3-5f93acde
MAIL_FROM_ADDRESS="hello@setup-wizard.example.com"

@if ($withPusher)
PUSHER_APP_ID={{ $pusherId }}
PUSHER_APP_SECRET={{ $pusherSecret }}
@endif
