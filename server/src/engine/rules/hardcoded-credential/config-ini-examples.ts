// INI files other than php.ini (alembic.ini, my.cnf, .npmrc, .pypirc, supervisord.conf): must report
// exactly the marked ranges, with no fix (only PHP expands ${NAME} in them). Generated values.
import type { Examples } from '../../rule';

export const iniToolExamples: Examples = {
  valid: [
    {
      name: "uWSGI's references, filled in when uWSGI reads the file: $(NAME), a stray-spaced $ (NAME), %(_NAME), %(option), @(env://NAME), @(file)",
      path: 'deploy/uwsgi.ini',
      code:
        '[uwsgi]\nmodule = app.wsgi\nprocesses = %k\nenv = DJANGO_SECRET_KEY=$ (DJANGO_SECRET_KEY)\nenv = DB_PASSWORD=$(DB_PASSWORD)\n' +
        'env = API_TOKEN=%(_API_TOKEN)\nenv = MAIL_PASSWORD=@(env://MAIL_PASSWORD)\nenv = SEARCH_TOKEN=@(/run/secrets/search_token)\nsecret_key = %(secret_key_from_vassal)\n',
    },
    {
      name: "an Icinga 2 feature's settings commented out with //, a help text's last line, a runtime macro",
      path: 'etc/icinga2/features-available/influxdb2.conf',
      code:
        'object Influxdb2Writer "influxdb2" {\n  host = "127.0.0.1"\n  //port = 8086\n  //auth_token = "Qv7mK2xR9pT4wL8zN3bY"\n  // password = "Qv7mK2xR9pT4wL8zN3bY"\n  description = "Authentication file content: \\\n      username=<username>  \\\n      password=<password>"\n  secret = "$host.vars.influx_password$"\n}\n',
    },
    {
      name: "dotfiles that fetch their passwords from a password manager (msmtp's passwordeval, isync's PassCmd, mutt's backticks), an .htaccess that names a password file",
      path: 'home/.mbsyncrc',
      code: 'IMAPAccount ops\nHost imap.fastmail.com\nUser ops@acme.example\nPassCmd "pass show mail/ops"\npasswordeval "pass show mail/backup"\nset smtp_pass = `pass show mail/ops`\nAuthUserFile /var/www/catalog/.htpasswd\n',
    },
    {
      name: 'a user and its group (user = www-data:www-data, node:node), a buildout dsn without a password',
      path: 'buildout.cfg',
      code: "[program:web]\nuser = www-data:www-data\n[worker]\nuser = node:node\nchown-socket = nginx:nginx\n[instance]\nrel-storage =\n    type postgresql\n    dsn dbname='intranet' user='plone' host='pg'\n",
    },
    {
      name: "Fluentd reading its secrets from the environment (embedded Ruby)",
      path: 'fluentd/fluent.conf',
      code: '<match app.**>\n  @type elasticsearch\n  user "#{ENV[\'ES_USER\']}"\n  password "#{ENV[\'ES_PASSWORD\']}"\n</match>\n',
    },
    {
      name: 'a web server config read as INI has no credential in it',
      path: 'deploy/nginx/site.conf',
      code: 'server {\n  listen 80;\n  location = /health { return 200; }\n  auth_basic "Restricted";\n  auth_basic_user_file /etc/nginx/.htpasswd;\n}\n',
    },
    {
      name: "Beego's conf/app.conf reading its password from the environment, and Matomo's config.ini.php with no secret in it",
      path: 'conf/app.conf',
      code: 'appname = library\nhttpport = 8080\nmysqluser = library\nmysqlpass = ${MYSQL_PASSWORD}\n',
    },
    {
      name: "Beego's XSRF settings: the switch, the expiry, the key from the environment",
      path: 'conf/app.conf',
      code: 'enablexsrf = true\nxsrfexpire = 3600\nxsrfkey = ${XSRF_KEY}\n',
    },
    {
      name: 'a systemd unit whose environment holds no secret, or reads it from an EnvironmentFile',
      path: 'deploy/worker.service',
      code: '[Service]\nEnvironment="LANG=C.UTF-8" PYTHONUNBUFFERED=1\nEnvironment=SECRET_KEY_FILE=/run/secrets/key\nEnvironmentFile=-/etc/worker/env\nExecStart=/opt/worker/bin/run\n',
    },
    {
      name: 'web server directives that pass on what the client sent or name no credential',
      path: 'deploy/nginx/site.conf',
      code: 'server {\n  location / {\n    proxy_set_header Authorization $http_authorization;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    add_header X-Frame-Options "SAMEORIGIN";\n    fastcgi_param APP_SECRET_FILE /run/secrets/app;\n  }\n}\n',
    },
    {
      name: "daemon configs with no password in them: Redis' commented requirepass, HAProxy's hashed userlist password, a PgBouncer database without one",
      path: 'deploy/haproxy/haproxy.cfg',
      code: '# requirepass foobared\nuserlist ops\n    user viewer password $6$rounds=5000$Qk3vT9pLm2Wz8Rt$Zm4nV8xK2pLw9RzN4sYb7HcE1qT5uJ3oD6fG0hI\nlisten stats\n    stats enable\n    stats uri /stats\n[databases]\nreports = host=10.0.2.21 port=5432 dbname=orders\n',
    },
    {
      name: 'an .npmrc that reads its tokens from the environment',
      path: '.npmrc',
      code: 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n//npm.pkg.github.com/:always-auth=true\n',
    },
    {
      name: 'a MySQL option file without a password, and alembic with an interpolated URL',
      path: 'etc/mysql/my.cnf',
      code: '[client]\nuser = backup\nhost = db.internal\n\n[mysqld]\nmax_connections = 400\n',
    },
    {
      name: 'supervisord reading its environment with %(ENV_X)s',
      path: 'supervisord.conf',
      code: '[program:worker]\ncommand=celery -A app worker\nenvironment=SECRET_KEY="%(ENV_SECRET_KEY)s",DJANGO_SETTINGS_MODULE="app.settings"\n',
    },
    {
      name: 'a .pypirc with the token left to keyring or TWINE_PASSWORD',
      path: '.pypirc',
      code: '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n',
    },
    {
      name: "a PHP-FPM pool passing the environment through (env[X] = $X), its log and limit settings",
      path: 'docker/php-fpm/www.conf',
      code: '[www]\nuser = www-data\nclear_env = no\nenv[APP_SECRET] = $APP_SECRET\nenv[DATABASE_PASSWORD] = $DATABASE_PASSWORD\nphp_admin_value[error_log] = /proc/self/fd/2\nphp_admin_flag[log_errors] = on\n',
    },
  ],
  invalid: [
    {
      name: "an AWS CLI credentials file committed under another name (`deploy/key`, no extension: read as INI by its first line)",
      path: 'deploy/key',
      code: '[default]\naws_access_key_id = ⟦AKIA25DMRI4EXIB4Q3SJ⟧\naws_secret_access_key = ⟦nraM6yDSnzpW0x+w1wyuyE8N3SeZEmecq9bihzMc⟧\nregion = eu-west-1\n',
    },
    {
      name: "go-ini's `DbPassWord`: password written as two capitalised words is still the password (probe21c d1)",
      path: 'config/config.ini',
      code: '[database]\nDbHost = db.internal\nDbUser = blog\nDbPassWord = ⟦Hq4zRm8Tx2LpVk6W⟧\n',
    },
    {
      name: "a PHP-FPM pool's env[NAME] and php_admin_value[name] entries, named by the bracketed name",
      path: 'docker/php-fpm/www.conf',
      code: '[www]\nuser = www-data\nenv[REPORTS_DB_PASSWORD] = ⟦Ys8cKw3nTz6qLv1R⟧\nphp_admin_value[mail.smtp_password] = ⟦Tq7vLw2cXe9RbN4k⟧\n',
    },
    {
      name: "an Icinga 2 feature's token set on a line that is not commented out",
      path: 'etc/icinga2/features-available/influxdb2.conf',
      code: 'object Influxdb2Writer "influxdb2" {\n  host = "127.0.0.1"\n  //auth_token = "<token>"\n  auth_token = ⟦"Qv7mK2xR9pT4wL8zN3bY"⟧\n}\n',
    },
    {
      name: "mail clients' dotfiles (msmtp's password, isync's Pass, mutt's set imap_pass) and yarn 1's quoted registry token key",
      path: 'home/.msmtprc',
      code: 'account alerts\nhost smtp.fastmail.com\nuser alerts@acme.example\npassword ⟦Rt5yHq2Lm8XvK3wP⟧\nIMAPAccount ops\nPass ⟦Wm4rT8zQe2LpXn6H⟧\nset imap_pass = ⟦"Gk2hV9sXq7RmT4wB"⟧\n"//npm.example.com/:_authToken" ⟦"Zq8vKx2mWp4nRt6yLs0bHj3c"⟧\n',
    },
    {
      name: "DVC's remote keys in .dvc/config, the Databricks CLI's token, Apache's SetEnv in an .htaccess",
      path: 'public/.htaccess',
      code: 'RewriteEngine On\nRewriteRule ^ index.php [QSA,L]\nSetEnv APP_ENV production\nSetEnv DB_PASSWORD ⟦Xk3rT9vLq2Wm8NzP⟧\n',
    },
    {
      name: "DVC's remote secret in .dvc/config, under a quoted section",
      path: '.dvc/config',
      code: "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://forecasting-dvc/cache\n    secret_access_key = ⟦NzdUTfiMdurGDaYxApYqhBhAiis/u6SROdA+jBOR⟧\n",
    },
    {
      name: "buildout: Zope's admin login as user = name:password, and a libpq dsn with quoted values in a multi-line rel-storage",
      path: 'production.cfg',
      code: "[instance]\nrecipe = plone.recipe.zope2instance\nuser = siteadmin:⟦Wm4rT8zQe2LpXn6H⟧\nrel-storage =\n    type postgresql\n    dsn dbname='intranet' user='plone' host='pg' password='⟦Gk2hV9sXq7RmT4wB⟧'\n",
    },
    {
      name: "Gitea's app.ini quotes a value in backticks (in a shell they would run a command; here they only quote)",
      path: 'custom/conf/app.ini',
      code: '[database]\nDB_TYPE = postgres\nHOST = db.internal:5432\nUSER = gitea\nPASSWD = ⟦`Zq8vKx2mWp4nRt6yLs0b`⟧\n',
    },
    {
      name: "Fluentd's directives: a forward input's shared key, an output's password",
      path: 'fluentd/fluent.conf',
      code: '<source>\n  @type forward\n  <security>\n    self_hostname agg01\n    shared_key ⟦QBZLbJqqNS23Qihcio44x7iJ⟧\n  </security>\n</source>\n<match app.**>\n  @type elasticsearch\n  user fluentd\n  password ⟦"Flu3nt-es-writer"⟧\n</match>\n',
    },
    {
      name: "a systemd unit's Environment= lines, an assignment quoted whole or bare, several on one line",
      path: 'deploy/relay.service',
      code: '[Service]\nUser=relay\nEnvironment="SLACK_BOT_TOKEN=⟦Qm3vT8xK2pLw9RzN4sYb7HcE⟧" LANG=C.UTF-8\nEnvironment=PYTHONUNBUFFERED=1 DB_PASSWORD=⟦Rt5yHq2Lm8XvK3wP⟧\nExecStart=/opt/relay/bin/relay\n',
    },
    {
      name: "web server directives that set a header or a variable: nginx's proxy_set_header and fastcgi_param, Apache's SetEnv",
      path: 'deploy/nginx/api.conf',
      code: 'server {\n  location /metrics {\n    proxy_set_header Authorization ⟦"Basic bWV0cmljczpGaFd1eVFUN0haczg2RDBQSm4="⟧;\n    proxy_pass http://prometheus:9090;\n  }\n  location ~ \\.php$ {\n    fastcgi_param DB_PASSWORD ⟦Xk3rT9vLq2Wm8NzP⟧;\n  }\n}\n<VirtualHost *:80>\n  SetEnv STRIPE_SECRET ⟦"Bz6Qw1Lp8Rt3Xv5Nm9Kd"⟧\n</VirtualHost>\n',
    },
    {
      name: "daemons' password directives: Redis' requirepass and masterauth, keepalived's auth_pass, HAProxy's stats auth and insecure-password",
      path: 'deploy/redis/redis.conf',
      code: 'port 6379\nrequirepass ⟦Zq8vKx2mWp4nRt6yLs0bHj3c⟧\nmasterauth ⟦"Hj3cZq8vKx2mWp4nRt6yLs0b"⟧\nvrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass ⟦k7Vw2Qp3⟧\n    }\n}\nlisten stats\n    stats auth admin:⟦Rt5yHq2Lm8XvK3wP⟧\nuserlist ops\n    user ops insecure-password ⟦Wm4rT8zQe2LpXn6H⟧\n',
    },
    {
      name: "PgBouncer's [databases] line: a libpq conninfo whose password is one of its pairs",
      path: 'deploy/pgbouncer/pgbouncer.ini',
      code: '[databases]\norders = host=10.0.2.20 port=5432 dbname=orders user=orders_app password=⟦Gk2hV9sXq7RmT4wB⟧\n[pgbouncer]\nauth_type = scram-sha-256\n',
    },
    {
      name: "a supervisor program's environment in conf.d/*.conf",
      path: 'etc/supervisor/conf.d/worker.conf',
      code: '[program:worker]\ncommand=/srv/app/bin/worker\nenvironment=APP_ENV="prod",API_SECRET="⟦b64ea818687bd285f5f8c4d4effc4ba5ce0fe74f⟧"\n',
    },
    {
      name: "Beego's and Revel's conf/app.conf: a committed secret and a go-sql-driver DSN",
      path: 'conf/app.conf',
      code: 'app.name = bookings\napp.secret = ⟦VJk0egtYNG86xl6d4s6B7MbXGLlAOQc5OPqZhNtyP09u7DEH⟧\ndb.spec = bookings:⟦0xPcOYS6nLnJ8gBcoiqYo4e0⟧@tcp(mysql:3306)/bookings\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "Beego's xsrfkey (the key that signs its XSRF cookie), run together; a `;` with no space before it is part of the value there",
      path: 'conf/app.conf',
      code: 'enablexsrf = true\nxsrfkey = ⟦Zp4!rQ8m;Lx2vT9kWn7cB3yHq⟧\nxsrfexpire = 3600 ; one hour\n',
    },
    {
      name: "Matomo's config.ini.php: an INI file behind a `; <?php exit; ?>` line",
      path: 'config/config.ini.php',
      code: '; <?php exit; ?> DO NOT REMOVE THIS LINE\n[database]\nhost = "db"\nusername = "matomo"\npassword = ⟦"LHQ7O5mk6IhdDxR3N3A6aEJD"⟧\n',
      messageIncludes: ['password'],
    },
    {
      name: "the AWS CLI's credentials file: the key id by its format, the secret by its name",
      path: '.aws/credentials',
      code: '[default]\naws_access_key_id = ⟦AKIAE6G3XFGONAIPJCG4⟧\naws_secret_access_key = ⟦NzdUTfiMdurGDaYxApYqhBhAiis/u6SROdA+jBOR⟧\nregion = eu-west-1\n',
    },
    {
      name: "pip.conf's index URL with its login",
      path: 'deploy/pip.conf',
      code: '[global]\nindex-url = https://build:⟦u3AqAJHJgZeidWRK⟧@pypi.internal.example/simple\n',
    },
    {
      name: 'the [client] password of a MySQL option file, quoted',
      path: '.my.cnf',
      code: '[client]\nuser=root\npassword=⟦"toeEefwHjnBX8emQ"⟧\n',
      messageIncludes: ['Factor III', 'committed'],
    },
    {
      name: 'an npm auth token scoped to a registry, and a basic _auth',
      path: 'packages/ui/.npmrc',
      code: '//registry.npmjs.org/:_authToken=⟦npm_GSBSs1M9vzIsJUMu9CsyhbAJ9DHchvBm3Bf5⟧\n//nexus.example.com/repository/npm/:_auth=⟦Y2ktYm90Om05a0QzaG5xejh0WnRD⟧\n',
    },
    {
      name: 'a .pypirc password for a private index',
      path: '.pypirc',
      code: '[internal]\nrepository = https://pypi.example.com/simple/\nusername = ci-publisher\npassword = ⟦CXjjjAaOzLmQN1eh⟧\n',
    },
    {
      name: 'alembic.ini with the database password in sqlalchemy.url: no ${} fix, alembic does not expand it',
      path: 'alembic.ini',
      code: '[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://sales:⟦lad9DaJpiYCkib9D⟧@db.prod.internal/sales\n',
    },
    {
      name: "uWSGI's env = NAME=value lines, each judged by the variable's name",
      path: 'deploy/uwsgi.ini',
      code: '[uwsgi]\nmodule = app.wsgi\nenv = DJANGO_SETTINGS_MODULE=app.settings.production\nenv = DJANGO_SECRET_KEY=⟦AEyMS1ooUhGh6Zkp⟧\n',
    },
    {
      name: 'a uWSGI value with a reference in it is still a value: the literal part is the secret',
      path: 'deploy/uwsgi.ini',
      code: '[uwsgi]\nmodule = app.wsgi\nenv = DB_PASSWORD=⟦Qm7tR2vXc9LpW4zK%(_SUFFIX)⟧\n',
    },
    {
      name: 'an Ansible inventory host line with a become password among its variables',
      path: 'inventory.ini',
      code: '[db]\ndb1.example.com ansible_host=10.0.2.21 ansible_user=admin ansible_become_pass=⟦1ILTcpZgJN6hH2Rf⟧\nweb1.example.com ansible_host=10.0.1.11\n',
    },
    {
      name: 'one secret among the pairs of a supervisord environment line',
      path: 'supervisord.conf',
      code: '[program:api]\nenvironment=APP_ENV="production",SECRET_KEY="⟦odiMReT5jdKhnVZ8⟧",PATH="/srv/venv/bin"\n',
    },
  ],
};
