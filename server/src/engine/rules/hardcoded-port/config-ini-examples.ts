import type { Examples } from '../../rule';

export const iniExamples: Examples = {
  valid: [
    { name: "uWSGI's references: $(PORT) from the environment, %(http_port) from its own config, a unix socket", path: 'deploy/uwsgi.ini', code: `[uwsgi]\nmodule = app:app\nhttp-socket = :$(PORT)\nhttp = 0.0.0.0:%(http_port)\nsocket = /run/uwsgi/app.sock\n` },
    { name: "uWSGI's stats server is no port the app exports", path: 'uwsgi.ini', code: `[uwsgi]\nmodule = app:app\nhttp = :$(PORT)\nstats = 127.0.0.1:9191\n` },
    { name: 'a port key in another section than [uwsgi]', path: 'setup.ini', code: `[server]\nhttp = 0.0.0.0:8000\n` },
    { name: "a unit's ExecStart that binds ${PORT} from Environment=, a unix socket, and a port in ExecStartPre", path: 'deploy/web.service', code: `[Service]\nEnvironment=PORT=8090\nExecStartPre=/usr/bin/wait-for --port 5432\nExecStart=/usr/bin/node server.js --port \${PORT}\n` },
    { name: 'gunicorn on a unix socket behind nginx', path: 'deploy/ledger-web.service', code: `[Service]\nExecStart=/opt/ledger/venv/bin/gunicorn ledger:app --bind unix:/run/ledger/web.sock\n` },
    {
      name: "an upstart job that binds $PORT from its env stanza, a worker's exec, and a port in its pre-start hook",
      path: 'deploy/upstart/web.conf',
      code: `description "web"\nstart on runlevel [2345]\nrespawn\nenv PORT=8090\npre-start script\n  exec /usr/bin/wait-for db --port 5432\nend script\nexec /srv/venv/bin/gunicorn -b :$PORT app:app\n`,
    },
    {
      name: "a backing service's own daemon in a unit or a job (memcached, redis-server): its port is the service's, not the app's",
      path: 'deploy/cache.conf',
      code: `start on runlevel [2345]\nrespawn\nexec /usr/bin/memcached -m 64 -p 11211 -u memcache\n`,
    },
    { name: "a systemd unit that starts Redis on its port", path: 'deploy/redis-sessions.service', code: `[Service]\nExecStart=/usr/bin/redis-server --port 6380 --appendonly yes\n` },
    { name: 'a .conf file with an exec line that is no upstart job (no start on, stop on or respawn)', path: 'etc/tool.conf', code: `exec = /usr/bin/tool --port 8000\n` },
  ],
  invalid: [
    {
      name: "an upstart job's exec stanza (`/etc/init/*.conf`), read as a systemd ExecStart is (probe29: happypiggybank)",
      path: 'deploy/upstart/piggybank.conf',
      code: `description "piggybank"\nstart on runlevel [2345]\nrespawn\nsetuid www-data\nexec /srv/venv/bin/gunicorn -b :⟦6000⟧ --log-file - piggybank.wsgi\n`,
      messageIncludes: ['upstart', '$PORT'],
      output: `description "piggybank"\nstart on runlevel [2345]\nrespawn\nsetuid www-data\nexec /srv/venv/bin/gunicorn -b :$PORT --log-file - piggybank.wsgi\n`,
    },
    {
      name: "exec in the job's script block, in a `.upstart` file",
      path: 'ops/tracker.upstart',
      code: `start on runlevel [2345]\nrespawn\nscript\n  cd /srv/tracker\n  exec /usr/bin/node server.js --port ⟦8181⟧\nend script\n`,
    },
    {
      name: "uWSGI's http",
      path: 'uwsgi.ini',
      code: `[uwsgi]\nmodule = shop.wsgi:application\nhttp = 0.0.0.0:⟦8000⟧\n`,
      messageIncludes: ['$(PORT)'],
      output: `[uwsgi]\nmodule = shop.wsgi:application\nhttp = 0.0.0.0:$(PORT)\n`,
    },
    { name: "uWSGI's http-socket and socket (a loopback bind behind a proxy is still the app's port)", path: 'deploy/uwsgi.ini', code: `[uwsgi]\nhttp-socket = :⟦8080⟧\nsocket = 127.0.0.1:⟦3031⟧\n` },
    { name: "uWSGI's https with its certificate files", path: 'deploy/uwsgi.ini', code: `[uwsgi]\nhttps = :⟦8443⟧,/etc/ssl/app.crt,/etc/ssl/app.key\n` },
    {
      name: "a systemd unit's ExecStart, read as a Procfile line is (gunicorn -b, node --port, puma's tcp:// bind, a `-` prefix)",
      path: 'deploy/menu.service',
      code: `[Service]\nExecStart=-/srv/menu/venv/bin/gunicorn menu:app -b 0.0.0.0:⟦8001⟧\n`,
      messageIncludes: ['${PORT}'],
      output: `[Service]\nExecStart=-/srv/menu/venv/bin/gunicorn menu:app -b 0.0.0.0:\${PORT}\n`,
    },
    { name: 'node --port and puma -b tcp://', path: 'deploy/queue.service', code: `[Service]\nExecStart=/usr/bin/node /srv/queue/server.js --port ⟦8080⟧\n\n[Service]\nExecStart=/usr/local/bin/bundle exec puma -b tcp://0.0.0.0:⟦9292⟧\n` },
  ],
};
