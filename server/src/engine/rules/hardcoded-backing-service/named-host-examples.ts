// Hosts written to a name that says the service (`EMAIL_HOST`, `smtpHost`, `define('REDIS_SERVER', …)`,
// SuiteCRM's `db_host_name`), and defaults that name one deploy's own server: the same answer in every language.
import type { Examples } from '../../rule';

export const phpNamedHostExamples: Examples = {
  valid: [
    {
      name: "names that say no host (a server's product, a mail address, a server's display name), a cache driver's name, this machine",
      path: 'conf/config.php',
      code: "<?php\ndefine('MAIL_SERVER_TYPE', 'smtp');\ndefine('CACHE_SERVER', 'file');\ndefine('CRAWLER_SERVER_NAME', 'robot-01');\n$settings['mail_address'] = 'desk@servicedesk.example.org';\n$settings['server_name'] = 'Service Desk';\n$settings['smtp_host_name'] = 'localhost';\n",
    },
  ],
  invalid: [
    {
      name: "Laravel's generated config: a provider's public host as an env() default is the framework's template (information)",
      path: 'config/mail.php',
      code: "<?php\nreturn ['mailers' => ['smtp' => ['host' => env('MAIL_HOST', ⟦'smtp.mailgun.org'⟧), 'port' => env('MAIL_PORT', 587)]]];\n",
      severity: 'info',
    },
    {
      name: "a host under a name that says the service and ends in server, ip or host name (constants, settings arrays, SuiteCRM's dbconfig)",
      path: 'conf/config.php',
      code: "<?php\ndefine('REDIS_SERVER', ⟦'redis-2.content.corp'⟧);\ndefine('MEM_CACHE_SERVER_IP', ⟦'10.105.36.31'⟧);\n$sd_settings['db_server'] = ⟦'sql-3.servicedesk.corp'⟧;\n$sd_settings['imap_host_name'] = ⟦'mail.servicedesk.corp'⟧;\n$sugar_config = array('dbconfig' => array('db_host_name' => ⟦'crm-db.servicedesk.corp'⟧));\n",
      messageIncludes: ['host written into the code'],
    },
    {
      name: "a PHP stream transport before the host (CodeIgniter's email config, MediaWiki's $wgSMTP), a mail block's server, SwiftMailer's SMTP transport",
      path: 'application/config/email.php',
      code: "<?php\n$config['smtp_host'] = ⟦'ssl://smtp.gmail.com'⟧;\n$wgSMTP = ['host' => ⟦'tls://smtp.gmail.com'⟧, 'port' => 587];\n$transport = new \\Swift_SmtpTransport(⟦'smtp.mailgun.org'⟧, 587, 'tls');\nreturn ['mail' => ['smtp' => ['server' => ⟦'smtp.office365.com'⟧]]];\n",
    },
    {
      name: "Laravel's generated config: a private address or a managed instance as an env() default is this deploy's own server",
      path: 'config/database.php',
      code: "<?php\nreturn ['connections' => ['mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST', ⟦'10.0.3.12'⟧)], 'telemetry' => ['driver' => 'pgsql', 'host' => env('TELEMETRY_DB_HOST', ⟦'telemetry.c9akciq32.eu-west-1.rds.amazonaws.com'⟧)]]];\n",
      severity: 'warning',
    },
  ],
};

export const pythonNamedHostExamples: Examples = {
  valid: [
    {
      name: 'a development or test config class, this machine, a sender address, a setting whose name says no service',
      path: 'config.py',
      code: 'class Config:\n    MAIL_SERVER = "localhost"\n    MAIL_DEFAULT_SENDER = "news@mailroom.example.org"\n    SERVER_NAME = "mailroom.example.org"\n\n\nclass DevelopmentConfig(Config):\n    MAIL_SERVER = "smtp.mailtrap.io"\n\n\nclass TestingConfig(Config):\n    EMAIL_HOST = "smtp.test-relay.internal"\n',
    },
  ],
  invalid: [
    {
      name: "Flask's mail settings (a config class, app.config, config.update) and Django's EMAIL_HOST",
      path: 'newsletter/settings.py',
      code: 'class ProductionConfig:\n    MAIL_SERVER = ⟦"email-smtp.eu-west-1.amazonaws.com"⟧\n\n\nEMAIL_HOST = ⟦"smtp.postmarkapp.com"⟧\napp.config["MAIL_SERVER"] = ⟦"smtp.sendgrid.net"⟧\napp.config.update(MAIL_SERVER=⟦"smtp.mailgun.org"⟧, MAIL_PORT=465)\nmail.settings.server = ⟦"smtp.office365.com:587"⟧\n',
      messageIncludes: ['SMTP host'],
    },
    {
      name: 'a list of servers as a default: its first host is judged (a remote one is a warning)',
      path: 'router/settings.py',
      code: 'import os\n\nKAFKA_BOOTSTRAP_SERVERS = os.getenv("KAFKA_BOOTSTRAP_SERVERS", ⟦"10.1.4.1:9092,10.1.4.2:9092"⟧)\nMEMCACHED_SERVERS = os.getenv("MEMCACHED_SERVERS", ⟦"10.1.2.9:11211"⟧).split(",")\n',
      severity: 'warning',
    },
  ],
};

export const goNamedHostExamples: Examples = {
  valid: [
    {
      name: "this machine, a product's name, a name that says no service",
      path: 'internal/notify/email.go',
      code: 'package notify\n\nconst (\n\tsmtpHost   = "localhost"\n\tmailServer = "Postfix"\n\tapiHost    = "api.partner.net"\n)\n',
    },
    {
      name: "a struct tag's default that names no host, or a name that says no service",
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tLogLevel string `env:"LOG_LEVEL" env-default:"info"`\n\tAPIHost  string `env:"API_HOST" env-default:"api.partner.net"`\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a constant, a struct field and an assigned field whose names say the service, and net/smtp\'s PlainAuth host',
      path: 'internal/notify/email.go',
      code: 'package notify\n\nimport "net/smtp"\n\nconst smtpHost = ⟦"smtp.mailgun.org"⟧\n\nvar cfg = Config{RedisAddr: ⟦"redis.billing.internal:6379"⟧}\n\nfunc setup(settings *Settings) {\n\tsettings.SMTP.Host = ⟦"smtp.postmarkapp.com"⟧\n\t_ = smtp.PlainAuth("", "user", "", ⟦"smtp.links.dev"⟧)\n}\n',
    },
    {
      name: 'a default written first and replaced by the environment after',
      path: 'internal/config/config.go',
      code: 'package config\n\nimport "os"\n\nfunc MemcacheServer() string {\n\tserver := ⟦"10.20.0.9:11211"⟧\n\tif v := os.Getenv("MEMCACHE_SERVER"); v != "" {\n\t\tserver = v\n\t}\n\treturn server\n}\n',
      messageIncludes: ['MEMCACHE_SERVER'],
    },
    {
      name: "cleanenv's `env-default` (caarlos0/env's `envDefault`): the value whenever the variable is unset, a fallback",
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tSMTP struct {\n\t\tHost string `yaml:"host" env:"SMTP_HOST" env-default:"⟦smtp.mailgun.org⟧"`\n\t}\n\tRedisURL string `env:"REDIS_URL" envDefault:"⟦redis://cache.internal:6379/0⟧"`\n}\n',
      messageIncludes: ['fallback'],
    },
  ],
};

export const rubyNamedHostExamples: Examples = {
  valid: [
    {
      name: "a call's keyword argument (a VM's private network), a reply-to address, the app's own host for links",
      path: 'config/initializers/mail.rb',
      code: 'db.vm.network "private_network", ip: "192.168.56.10"\nREPLY_TO = { address: "secretary@harbour-club.example.org" }.freeze\nconfig.action_mailer.default_url_options = { host: "www.example-store.app" }\n',
    },
  ],
  invalid: [
    {
      name: "constants and settings whose names say the service, Padrino's `:smtp => { :address => … }`, a hash named for SMTP",
      path: 'config/mail_settings.rb',
      code: 'SMTP_HOST = ⟦"smtp.mailgun.org"⟧\ngitlab_rails[\'smtp_address\'] = ⟦"smtp.mailgun.org"⟧\nset :delivery_method, :smtp => { :address => ⟦"smtp.postmarkapp.com"⟧, :port => 587 }\nNEWSLETTER_SMTP = { address: ⟦"smtp.sendgrid.net"⟧, port: 587 }.freeze\n',
    },
  ],
};

export const javaNamedHostExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: "Spring's JavaMailSenderImpl given its relay",
      path: 'src/main/java/io/fleet/mail/MailConfig.java',
      code: 'import org.springframework.mail.javamail.JavaMailSenderImpl;\n\nclass MailConfig {\n    JavaMailSenderImpl mailSender() {\n        JavaMailSenderImpl sender = new JavaMailSenderImpl();\n        sender.setHost(⟦"smtp.sendgrid.net"⟧);\n        return sender;\n    }\n}\n',
    },
  ],
};

export const kotlinNamedHostExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: "Spring's JavaMailSenderImpl configured in apply { }",
      path: 'src/main/kotlin/io/fleet/mail/ReportMailer.kt',
      code: 'import org.springframework.mail.javamail.JavaMailSenderImpl\n\nfun reportSender() = JavaMailSenderImpl().apply {\n    host = ⟦"smtp.mailgun.org"⟧\n    port = 465\n}\n',
    },
  ],
};

export const quarkusNamedHostExamples: Examples = {
  valid: [{ name: "Quarkus' dev profile", path: 'src/main/resources/application.properties', code: '%dev.quarkus.mailer.host=localhost\nquarkus.mailer.host=${SMTP_HOST}\n' }],
  invalid: [
    {
      name: "Quarkus' mailer host (QUARKUS_MAILER_HOST overrides it: a remote default is a warning)",
      path: 'src/main/resources/application.properties',
      code: 'quarkus.mailer.host=⟦smtp.sendgrid.net⟧\nquarkus.mailer.port=587\n',
      severity: 'warning',
    },
  ],
};

export const octopusExamples: Examples = {
  valid: [
    {
      name: "Octopus' development shards and ERB reads",
      path: 'config/shards.yml',
      code: 'octopus:\n  environments:\n    - development\n    - production\n  development:\n    slave1:\n      adapter: postgresql\n      host: replica.dev.internal\n  production:\n    slave1:\n      adapter: postgresql\n      host: <%= ENV["REPLICA_DB_HOST"] %>\n',
    },
  ],
  invalid: [
    {
      name: "Octopus' production shards under `octopus:`",
      path: 'config/shards.yml',
      code: 'octopus:\n  replicated: true\n  environments:\n    - production\n  production:\n    slave1:\n      adapter: postgresql\n      host: ⟦10.12.0.21⟧\n    slave2:\n      adapter: postgresql\n      host: ⟦pg-replica-2.market.internal⟧\n',
    },
  ],
};
