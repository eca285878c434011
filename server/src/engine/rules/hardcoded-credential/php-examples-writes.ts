// PHP code that writes a credential into the environment or a named setting (`putenv('X=…')`,
// WordPress' `update_option`, Deployer's `set(…)`), or hands it to a call named for it (Craft's
// `->securityKey('…')`, Vonage's `new Basic($key, '…')`). Generated values.
import type { Examples } from '../../rule';

export const phpWriteExamples: Examples = {
  valid: [
    {
      name: "values a container injects that are reads, parameters or no credential: Symfony's env()/param()/'%x%', Laravel's giveConfig and closures, PHP-DI's get(), a region",
      path: 'config/services.php',
      code: "<?php\nreturn function (ContainerConfigurator $c): void {\n    $s = $c->services()->defaults()->bind('$exportPassword', env('EXPORT_PASSWORD'))->bind('string $supportEmail', '%app.support_email%');\n    $s->set(Slack::class)->arg('$botToken', param('slack.bot_token'))->arg('$channel', '#ops');\n};\n$this->app->when(Vonage::class)->needs('$apiSecret')->giveConfig('services.vonage.secret');\n$this->app->when(Vonage::class)->needs('$apiKey')->give(fn () => config('services.vonage.key'));\n$this->app->when(Bulk::class)->needs('$region')->give('eu-west-1');\n$defs = [Bulk::class => autowire()->constructorParameter('apiKey', get('sms.api_key'))];\n",
    },
    {
      name: "commands whose words hold no secret: an option file, a password from the environment, Symfony's ${:NAME} placeholders, docker's -p port, sshpass -e",
      path: 'src/Command/DumpCommand.php',
      code: "<?php\nuse Symfony\\Component\\Process\\Process;\n$a = new Process(['mysqldump', '--defaults-extra-file=/etc/app/backup.cnf', 'shop']);\n$b = Process::fromShellCommandline('mysqldump -u \"${:DB_USER}\" -p\"${:DB_PASS}\" shop');\nexec('mysqldump -u legacy -p'.escapeshellarg(getenv('DB_PASSWORD')).' legacy');\n$out = `docker run -d -p 8081:80 {$image}`;\nproc_open(['sshpass', '-e', 'rsync', '-az', $dir, 'mirror:b/'], [], $pipes);\n",
    },
    {
      name: "a signature set on an object given no password: a digest or a scheme, not an API credential",
      path: 'src/Webhooks/Outgoing.php',
      code: "<?php\n$message = new OutgoingMessage($payload);\n$message->setSignature('hmac-sha256-v2-9f2c41e07b3d4a1e8c55d0f6');\n$message->setRecipient('ops@example.com');\n",
    },
    {
      name: "a choice whose other branch reads a variable that names no credential, and a test's stand-in beside an env read",
      path: 'src/Keys.php',
      code: "<?php\n$region = $isProd ? 'eu-west-1' : getenv('AWS_REGION');\n$key = match ($env) { 'test' => 'test-secret', default => $_ENV['ENCRYPTION_KEY'] ?? '' };\n",
    },
    {
      name: "console options without a literal default: an empty one, none, an env read in a getopt chain",
      path: 'src/Command/ImportCommand.php',
      code: "<?php\n$this->addOption('password', 'p', InputOption::VALUE_REQUIRED, 'Password (prompted when empty)', '');\n$this->addOption('api-key', null, InputOption::VALUE_REQUIRED, 'Key of the API');\n$opts = getopt('t:', ['token:']);\n$token = $opts['token'] ?? $opts['t'] ?? getenv('API_TOKEN');\n$label = $opts['password-label'] ?? $opts['l'] ?? 'Database password';\n",
    },
    {
      name: "an access key beside its secret (the public half of a pair), or shaped as a key id",
      path: 'config/storage.php',
      code: "<?php\nreturn [\n    's3' => ['access_key' => '9f3c2a7e1b4d6f8a0c5e2b7d9a1f3c6e', 'secret_key' => getenv('S3_SECRET_KEY')],\n];\n",
    },
    {
      name: "a bare `pass` that is a verdict, not under a login's owner; a YOURLS phpass hash; a flag list read from the environment",
      path: 'lib/checks.php',
      code: "<?php\n$result['pass'] = 'passed';\n$yourls_user_passwords = ['editor' => 'phpass:!2y!10!Qm3vT8xLp2Rw6Zk0Ab1CdE4FgH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ'];\n$p = new Process(['mysqldump', '--password', getenv('DB_PASSWORD')]);\n",
    },
    {
      name: 'putenv of a non-secret, of a value built at run time, of an empty password',
      path: 'app/settings.php',
      code: "<?php\n\nputenv('APP_ENV=production');\nputenv('DB_PASSWORD=' . $password);\nputenv('REDIS_PASSWORD=');\nputenv(\"API_TOKEN=$token\");\n",
    },
    {
      name: 'options written from input, options whose name is no credential, a three-argument form field',
      path: 'wp-content/plugins/mailbridge/admin/settings.php',
      code: "<?php\n\nupdate_option('mailbridge_api_key', sanitize_text_field($_POST['api_key']));\nupdate_option('mailbridge_show_password_hint', 'yes');\nadd_option('mailbridge_webhook_secret', wp_generate_password(32, false));\n$builder->add('password', PasswordType::class, ['mapped' => false]);\n",
    },
    {
      name: "WordPress' get_option with no default, an empty one, or a default that is no credential",
      path: 'wp-content/plugins/paylane/includes/class-wc-gateway-paylane.php',
      code: "<?php\n\n$login = get_option('paylane_api_login', 'acme');\n$password = get_option('paylane_api_password');\n$secret = get_option('paylane_webhook_secret', '');\n$mode = get_site_option('paylane_password_policy', 'strict');\n",
    },
    {
      name: "Vanilla's saveToConfig from the environment, or of a setting that is no credential",
      path: 'conf/bootstrap.before.php',
      code: "<?php\n\nsaveToConfig('Database.Password', getenv('FORUM_DB_PASSWORD'), false);\nsaveToConfig('Garden.Email.SmtpPassword', getenv('SMTP_PASSWORD') ?: '', false);\nsaveToConfig('Garden.Password.MinLength', '10', ['Save' => false]);\n",
    },
    {
      name: 'credential setters and pairs fed from config, a setter that hashes, an env read with no fallback',
      path: 'config/general.php',
      code: "<?php\n\nreturn GeneralConfig::create()\n    ->securityKey(App::env('CRAFT_SECURITY_KEY'))\n    ->maxInvalidLogins(5);\n$user->hashPassword('Wc7DZK1VAxg7kKJIpEjiC3dS');\n$credentials = new Basic(config('services.nexmo.key'), config('services.nexmo.secret'));\n$dsn = App::env('CRAFT_DB_DSN') ?: null;\nif (($_POST['password'] ?? '') === '') { exit; }\n",
    },
    {
      name: 'a client built from an id and a variable, or from a URL and a version; a computed index holding an env read',
      path: 'src/GatewayFactory.php',
      code: "<?php\n\n$sms = new TwilioClient($sid, $token);\n$http = new HttpClient($baseUrl, 'v2');\n$cfg['Servers'][$i]['password'] = getenv('PMA_PASSWORD');\n",
    },
    {
      name: 'timing-safe comparisons of two values read at run time',
      path: 'src/Security/WebhookGuard.php',
      code: "<?php\n\nif (!hash_equals((string) $_ENV['WEBHOOK_TOKEN'], (string) $request->headers->get('X-Webhook-Token'))) { exit; }\nif (!hash_equals($expected, hash_hmac('sha256', $body, $key))) { exit; }\n",
    },
    {
      name: 'sprintf and cURL options fed from the environment',
      path: 'src/FeedClient.php',
      code: "<?php\n\n$dsn = sprintf('smtp://%s:%s@%s:587', getenv('SMTP_USER'), getenv('SMTP_PASSWORD'), 'smtp.acme.example');\ncurl_setopt_array($ch, [CURLOPT_USERPWD => getenv('FEED_USER') . ':' . getenv('FEED_PASSWORD'), CURLOPT_TIMEOUT => 30]);\n",
    },
    {
      name: "validation rules that end with a reference to the field of the key's name (Zabbix's 'db hosts.ipmi_password')",
      path: 'app/controllers/CControllerHostUpdate.php',
      code: "<?php\n\n$fields = [\n    'ipmi_username' => 'db hosts.ipmi_username',\n    'ipmi_password' => 'db hosts.ipmi_password',\n    'tls_psk' => 'db hosts.tls_psk',\n];\n",
    },
    {
      name: 'command lines that read their secrets from the environment, or hold none',
      path: 'app/Console/Kernel.php',
      code: "<?php\n\nexec('mysqldump -u backup -p$DB_PASSWORD shop');\nexec('ls -la /var/www');\n$schedule->command('cache:clear')->daily();\n$schedule->command('feeds:import', ['--token' => config('services.feeds.token')]);\n",
    },
    {
      name: "a `$pass` with no user beside it (a boarding pass), a user far from it, and an exit guard followed by PHP that reads the environment",
      path: 'config/app.php',
      code: "<?php\n$pass = 'Economy Plus';\nfunction login() {\n    $user = 'guest';\n    $a = 1;\n    $b = 2;\n    $c = 3;\n    $d = 4;\n    $e = 5;\n    $f = 6;\n    $g = 7;\n    $h = 8;\n    $i = 9;\n    $pass = 'Ticket 7';\n}\n",
    },
    {
      name: "a `;` line holding a PHP exit guard in a file that goes on in PHP: the rest is PHP, not INI",
      path: 'config.inc.php',
      code: "; <?php exit; ?>\n<?php\n$settings = ['password' => getenv('DB_PASSWORD')];\n",
    },
  ],
  invalid: [
    {
      name: "a value a container injects under a credential's parameter: Symfony's bind/arg, Laravel's needs()->give(), PHP-DI's constructorParameter and setter method, a scoped client's header",
      path: 'config/services.php',
      code: "<?php\nreturn function (ContainerConfigurator $c): void {\n    $s = $c->services()->defaults()->bind('$webhookSecret', ⟦'DU6tk2Xyt2evzZ3mbrGdCa'⟧);\n    $s->set(Carrier::class)->arg('$apiToken', ⟦'St8cCG35FfD4FytrUP9wct'⟧);\n};\n$this->app->when(Twilio::class)->needs('$authToken')->give(⟦'u5xsvFeg8KhffQXLSZhBhG'⟧);\n$defs = [Bulk::class => autowire()->constructorParameter('webhookToken', ⟦'tvi54SoChPzrndZzvgJy9s'⟧)->method('setSigningKey', ⟦'vgnrqo5PaLj9hQMp3cKPAs'⟧)];\n$framework->httpClient()->scopedClient('carrier')->header('X-Carrier-Key', ⟦'9WoJbf2Vzv9JzK2JiR9Sjv'⟧);\n",
    },
    {
      name: "a command run with a password in its words: Laravel's Process::run with an array or a line, Symfony's Process array, proc_open's array, backticks, an interpolated exec line",
      path: 'app/Console/Commands/Backups.php',
      code: "<?php\nuse Illuminate\\Support\\Facades\\Process;\nProcess::run(['mysqldump', '-u', 'shop', '-p⟦yNAZnwycwZXfXHWu⟧', 'shop']);\nProcess::env(['TZ' => 'UTC'])->run('redis-cli -h cache -a ⟦UEAYPnyaaYdrCQjz⟧ BGSAVE');\n$audit = new Symfony\\Component\\Process\\Process(['mysqldump', '-u', 'audit', '--password=⟦Eae2THm9JqbXbt6o⟧', 'audit']);\nproc_open(['sshpass', '-p', '⟦87WG5euuUMbyCbtH⟧', 'rsync', '-az', $dir, 'mirror:b/'], [], $pipes);\n$out = `sshpass -p ⟦nrwzHRfqAfJBCppV⟧ rsync -az {$dir}/ box:backups/`;\nexec(\"mysqldump -u legacy -p⟦NYSc5e3avdckQBPx⟧ legacy > /var/backups/legacy-$stamp.sql\");\n",
    },
    {
      name: "INI behind a PHP exit guard: PKP's config.inc.php (`; <?php exit; ?>`), InvoicePlane's ipconfig.php (`# <?php exit(…); ?>`)",
      path: 'config.inc.php',
      code: "; <?php exit; // DO NOT DELETE ?>\n; DO NOT DELETE THE ABOVE LINE!!!\n[database]\nhost = localhost\nusername = ojs\npassword = ⟦Qv7mNx2RkT9wLz4pHc8bJs3E⟧\n\n[security]\napi_key_secret = ⟦\"Wd5KpRz8Nq3XmT7vLc2HbG9sYf4jA6eU\"⟧\n",
    },
    {
      name: "a `$pass` variable assigned beside a `$login` or `$user` in the same block (OpenEMR's sqlconf.php)",
      path: 'sites/default/sqlconf.php',
      code: "<?php\n$host = 'localhost';\n$login = 'openemr';\n$pass = ⟦'Ty6Rq2Wm9Nz4Kx8Lp3Vb'⟧;\n$dbase = 'openemr';\n",
    },
    {
      name: "PayPal's classic API credentials set on one gateway (Omnipay): the signature beside the password",
      path: 'src/Payments/PaypalExpress.php',
      code: "<?php\n$gateway = Omnipay::create('PayPal_Express');\n$gateway->setUsername('payments_api1.shop.example');\n$gateway->setPassword(⟦'Q7KJ2VXM8RZ4P3LN'⟧);\n$gateway->setSignature(⟦'AFcWxV21C7fd0v3bYYYRCpSSRl31A8yTqLbZ2x4bZ9mqVkNfWc3Pq-1a'⟧);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a match arm and a ternary branch beside a read of a credential's env var: that variable's value for one case",
      path: 'src/Keys.php',
      code: "<?php\nfunction forEnvironment(string $env): string\n{\n    return match ($env) {\n        'prod' => ⟦'ab3397f3c6c3809d44db07a7434a5912831f4aba39458652ec6a272d21aabdc5'⟧,\n        default => $_ENV['ENCRYPTION_KEY'] ?? '',\n    };\n}\n$stripe = $isProd ? ⟦'Zb3397f3c6c3809d44db07a7434a5912831f4'⟧ : getenv('STRIPE_SECRET');\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a Symfony Console option's default (fifth argument) and a getopt chain's last fallback, named by the option",
      path: 'src/Command/ImportCommand.php',
      code: "<?php\n$this->addOption('crm-token', null, InputOption::VALUE_REQUIRED, 'CRM API token', ⟦'XOcfWRD1WlrDcT3tttszOrse'⟧);\n$option = new InputOption('api-key', null, InputOption::VALUE_REQUIRED, 'Key', ⟦'bloTE8DI6VhwB0u0h1XNfKne'⟧);\n$opts = getopt('s:', ['secret-key:']);\n$secretKey = $opts['secret-key'] ?? $opts['s'] ?? ⟦'tttszOrsebloTE8DI6VhwB0u0h1XNfKneYvMUIsw'⟧;\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a lone access key with no secret in the file: the whole credential (fixer.io's, ipstack's access_key)",
      path: 'src/Rates/FixerClient.php',
      code: "<?php\nclass FixerClient\n{\n    private $accessKey = ⟦'9f3c2a7e1b4d6f8a0c5e2b7d9a1f3c6e'⟧;\n}\n",
    },
    {
      name: "a bare `pass` under a database's or a proxy's owner, a list element after a credential's flag, a password after a constant user",
      path: 'config.php',
      code: "<?php\n$db['pass'] = ⟦'Wd2Lq8Vn5Rt1Xz7K'⟧;\n$config = ['proxy' => ['pass' => ⟦'Mb6Tc3Hs9Pz2Lw4Q'⟧]];\n$p = new Process(['mysqldump', '--password', ⟦'Gy4Hn7Jm1Kq8Lw3P'⟧, 'shop']);\n$ami->connect('127.0.0.1:5038', self::AMI_USER, ⟦'Rk5Tz8Wq2Vn7Lm3X'⟧);\n",
    },
    {
      name: "a client built from an account id and a generated literal; a password under a computed index (phpMyAdmin's $cfg['Servers'][$i])",
      path: 'config.inc.php',
      code: "<?php\n\n$sms = new TwilioClient($sid, ⟦'5d07f3e8b62aaea66830f67c3c03c76c'⟧);\n$cfg['Servers'][$i]['password'] = ⟦'k6XWjohAemRcxRgfQMB1bq7MWtgp'⟧;\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a fluent credential setter (Craft's securityKey), an (id, secret) pair class, the fallback of App::env",
      path: 'config/general.php',
      code: "<?php\n\nreturn GeneralConfig::create()\n    ->securityKey(⟦'NGPRRlWOZYiGBg6u9RFUGKaWjg7z'⟧);\n$fallback = new Basic('29dafda6', ⟦'EjscLDW8ofjSSqNR8dSJ'⟧);\n$password = App::env('CRAFT_DB_PASSWORD') ?? ⟦'HL8vyFCiTvKWP78uP0i2FHkT'⟧;\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a posted password compared through its empty default; Symfony HttpClient's auth_bearer; a vendor's Authorization scheme",
      path: 'admin/export.php',
      code: "<?php\n\nif (($_POST['password'] ?? '') !== ⟦'ipGMX0PyNhw5ufWarcinzEQr6K1J'⟧) { exit; }\n$client->request('POST', $url, ['auth_bearer' => ⟦'6dSZwaYAG0c3dvhiP20j'⟧]);\n$http = new Client(['headers' => ['Authorization' => ⟦'AccessKey Ygtgn2IUL6OdHXH5pu96Vbc1'⟧]]);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: 'putenv of a credential name: the value after `=`',
      path: 'app/settings.php',
      code: "<?php\n\nputenv('INVOICE_DB_PASSWORD=⟦ExmrZgNkKqAf7Eptdf6uR1Kj⟧');\n",
      messageIncludes: ["putenv('INVOICE_DB_PASSWORD')", 'set INVOICE_DB_PASSWORD in the environment'],
    },
    {
      name: "a literal written to a credential-named option or setting (WordPress, Deployer)",
      path: 'wp-content/plugins/mailbridge/mailbridge.php',
      code: "<?php\n\nupdate_option('mailbridge_smtp_password', ⟦'S2drWdQ8GH3kIotsKD59'⟧);\nset('db_password', ⟦'V240aXmGSu4xIGj1KHQm'⟧);\n",
      messageIncludes: ['Factor III', 'hardcoded password'],
    },
    {
      name: "WordPress' get_option default under a credential-named option",
      path: 'wp-content/plugins/paylane/includes/class-wc-gateway-paylane.php',
      code: "<?php\n\n$this->webhook_secret = get_option('paylane_webhook_secret', ⟦'Vq8xLm2TzK7wRp4NcY9bHs3J'⟧);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "Vanilla's saveToConfig of a literal under a credential-named key, with or without its save flag",
      path: 'plugins/MakerBadges/class.makerbadges.plugin.php',
      code: "<?php\n\nsaveToConfig('Plugins.MakerBadges.Webhook.Secret', ⟦'0c4f9e2ab7d35e81f6a9c2d4b8e17f03'⟧);\nsaveToConfig('Garden.Cookie.Salt', ⟦'Kq7Vx2LmZ9pR4tWn'⟧, false);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: 'a timing-safe comparison of a literal with what the request sent: the literal is the expected token',
      path: 'src/Security/WebhookGuard.php',
      code: "<?php\n\nif (!hash_equals(⟦'Zk8xQ2vLm7TpW4rN9bYc3HsJ6fDg1aUeK5oI0lZx'⟧, (string) $request->headers->get('X-Webhook-Token'))) { exit; }\nif (!hash_equals($token, ⟦'Vq8xLm2TzK7wRp4NcY9bHs3JdF6gA1eU'⟧)) { exit; }\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a literal in sprintf's password slot; CURLOPT_USERPWD in curl_setopt_array",
      path: 'src/FeedClient.php',
      code: "<?php\n\n$dsn = sprintf('smtp://%s:%s@%s:587', 'feeds@acme.example', ⟦'Qx7vLm2TzK9wRp4N'⟧, 'smtp.acme.example');\ncurl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_USERPWD => 'acme-feeds:⟦Hn4xQ9vLm2TzK7wP⟧']);\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "a command line's credential flags: exec's mysqldump -p, shell_exec's curl -u, the scheduler's --token=",
      path: 'app/Console/Kernel.php',
      code: "<?php\n\nexec('mysqldump -u backup -p⟦Wq8zLm3VxT7kR2p⟧ shop');\nshell_exec(\"curl -fsS -u ops:⟦Hn4xQ9vLm2TzK7wP⟧ https://status.acme.example/api\");\n$schedule->command('feeds:import --token=⟦Zx7Qw2Lm9Vn4Tp8Rk3Yc6Hs1Jd5Fg0Ua⟧')->hourly();\n",
      messageIncludes: ['hand it to the command'],
    },
  ],
};
