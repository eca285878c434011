import type { Examples } from '../../rule';

const pkg = (scripts: string): string => `{\n  "name": "shop",\n  "scripts": {\n${scripts}\n  }\n}\n`;

export const configExamples: Examples = {
  valid: [
    {
      name: 'shell functions named like servers (`nginx () { docker run -d … }`), defined and then called: the script runs its own functions, not the binaries',
      path: 'run.sh',
      code: '#!/bin/bash\nnginx () {\n    docker run --name dev_nginx -d -p 8443:443 nginx:1.25\n}\nfunction redis {\n    docker run --name dev_redis -d redis:7\n}\nif [ "$1" == "up" ]; then\n    nginx\n    redis\nfi\n',
    },
    {
      name: "celery's -B embeds beat in a foreground worker (its detach flags are -D and --detach)",
      path: 'bin/worker.sh',
      code: '#!/bin/bash\nexec celery -A shop worker -B -l info --concurrency=2\n',
    },
    {
      name: "nginx in the foreground (`-g 'daemon off;'`), nginx -t / -s reload (one-shot), aria2c --daemon=false, php-fpm -F",
      path: 'entrypoint.sh',
      code: '#!/bin/sh\nnginx -t\nnginx -s reload\naria2c --daemon=false --enable-rpc &\nwait\n',
    },
    {
      name: "bare nginx as the script's last command: the image's nginx.conf must say `daemon off;`, or the container would exit",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nphp artisan config:cache\nexec nginx\n',
    },
    {
      name: 'a service control script whose start action execs the server in the foreground, and a helper script that only starts',
      path: 'bin/svcctl',
      code: '#!/bin/sh\nstart() {\n  exec gunicorn --bind "0.0.0.0:$PORT" "app:create_app()"\n}\nstop() {\n  pkill -TERM -f gunicorn\n}\ncase "$1" in\n  start) start ;;\n  stop) stop ;;\nesac\n',
    },
    {
      name: "a job put in the background inside a while loop that stays in the foreground: Laravel's documented stand-in for cron (probe18)",
      path: 'docker-compose.yml',
      code: 'services:\n  scheduler:\n    image: registry.example.com/crm:1.4\n    command: >\n      sh -c "while true; do\n        php artisan schedule:run --verbose --no-interaction &\n        sleep 60\n      done"\n',
    },
    {
      name: "a systemd unit of Type=forking: systemd supervises a process that daemonizes (nginx, php-fpm -D)",
      path: 'deploy/php-fpm.service',
      code: '[Service]\nType=forking\nPIDFile=/run/php-fpm.pid\nExecStart=/usr/sbin/php-fpm -D\n',
    },
    {
      name: 'supervisord programs in the foreground',
      path: 'etc/supervisord.conf',
      code: '[supervisord]\nnodaemon=true\n\n[program:api]\ncommand=gunicorn --bind 0.0.0.0:8000 surveys:app\n',
    },
    {
      name: 'pm2-runtime and plain node stay in the foreground',
      path: 'package.json',
      code: pkg('    "start": "pm2-runtime start ecosystem.config.js --env production",\n    "start:node": "node server.js",\n    "serve": "pm2 start app.js --no-daemon"'),
    },
    {
      name: 'pm2 in a local or deploy script is not the run stage',
      path: 'package.json',
      code: pkg('    "dev": "pm2 start app.js --watch",\n    "deploy": "pm2 deploy production",\n    "logs": "pm2 logs",\n    "start:dev": "nodemon server.js & tsc -w"'),
    },
    {
      name: 'the official images run servers in the foreground',
      path: 'Dockerfile',
      code: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
    {
      name: 'a daemon started at build time is not the run stage',
      path: 'Dockerfile',
      code: 'FROM ubuntu:24.04\nRUN service postgresql start && createdb shop\nCMD ["gunicorn", "shop.wsgi", "--bind", "0.0.0.0:8000"]\n',
    },
    {
      name: 'gunicorn, puma and celery in the foreground',
      path: 'Procfile',
      code: 'web: gunicorn shop.wsgi --workers 3 --log-file -\nworker: celery -A shop worker --loglevel info\nrails: bundle exec puma -C config/puma.rb\n',
    },
    {
      name: "Ruby's servers and job runners in the foreground: sidekiq, rackup, resque-pool, passenger start, delayed_job run, thin's -d-less start",
      path: 'Procfile',
      code: 'worker: bundle exec sidekiq -C config/sidekiq.yml -e production\nweb: bundle exec rackup -o 0.0.0.0 -p $PORT\npool: bundle exec resque-pool -E production\napp: passenger start -p $PORT --log-file /dev/stdout\njobs: bin/delayed_job run\nthin: bundle exec thin start -p $PORT\n',
    },
    {
      name: 'a utility in the background and `exec` of the server',
      path: 'docker-compose.yml',
      code: 'services:\n  web:\n    image: shop\n    command: sh -c "sleep 2 & exec node server.js"\n',
    },
    {
      name: 'a Kubernetes Job may run anything once',
      path: 'k8s/job.yaml',
      code: 'kind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: once\n          image: shop\n          command: ["sh", "-c", "pm2 start batch.js && pm2 logs"]\n',
    },
    {
      name: 'a start script that waits for what it started, and a developer\'s start script',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/sh\nnode worker.js &\nnode server.js &\nwait -n\n',
    },
    {
      name: 'a local start script and a one-off script are not the run stage',
      path: 'scripts/start-dev.sh',
      code: '#!/bin/sh\nredis-server --daemonize yes\nnpm run dev &\nexec npx nodemon server.js\n',
    },
    {
      name: 'redirections with & are not a background: 2>&1, &>',
      path: 'Dockerfile',
      code: 'FROM node:20\nCMD node server.js > /proc/1/fd/1 2>&1\nENTRYPOINT exec node worker.js &>/dev/stdout\n',
    },
    {
      name: 'scripts named for nothing that start no server: a build and a one-off job in the background, a test run',
      path: 'bin/refresh.sh',
      code: '#!/bin/sh\nnpm run build &\nnohup python export_notes.py --out exports/ > export.log 2>&1 &\npytest -q &\nwait\n',
    },
    {
      name: 'a shell script that starts nothing',
      path: 'scripts/backup.sh',
      code: '#!/bin/sh\npg_dump "$DATABASE_URL" > /tmp/dump.sql &\ngzip /tmp/old.sql\n',
    },
  ],
  invalid: [
    {
      name: 'co-processes that daemonise themselves before the app: aria2c --daemon=true, then bare nginx (forks unless `daemon off;`)',
      path: 'start.sh',
      code: '#!/bin/bash\n⟦aria2c --enable-rpc=true --daemon=true⟧\n⟪nginx⟫\nexec python3 -m bot\n',
    },
    {
      name: 'memcached -d and php-fpm -D before the foreground nginx',
      path: 'docker/run.sh',
      code: '#!/bin/sh\n⟦memcached -d -u memcache⟧\n⟪php-fpm -D⟫\nexec nginx -g \'daemon off;\'\n',
    },
    {
      name: "a service control script (`npm start` runs `bin/appctl start`) whose start action puts the app in the background with nohup, the interpreter held in a variable",
      path: 'bin/appctl',
      code: '#!/bin/bash\nNODEJS=\'node --harmony\'\nstart() {\n  ⟦nohup $NODEJS dispatch.js > logs/stdout.log 2>&1⟧ &\n  sleep 2\n}\nstop() {\n  kill -15 "$(cat app.pid)"\n}\ncase "$1" in\n  start) start ;;\n  stop) stop ;;\nesac\n',
      messageIncludes: ['puts a process in the background'],
    },
    {
      name: 'a VM start script named runserver.sh, read by what it does (probe25: SensorIoT, stopserver.sh beside it)',
      path: 'runserver.sh',
      code: '#!/bin/sh\n⟦nohup pipenv run gunicorn --timeout 120 -w 4 -b 0.0.0.0:5050 server:app⟧ &\n',
    },
    {
      name: 'startserver.sh leaving node in the background',
      path: 'bin/startserver.sh',
      code: '#!/bin/bash\ncd /srv/board\n⟦NODE_ENV=production node src/server.js⟧ &\necho $! > board.pid\n',
    },
    {
      name: "workers left in the background by a for loop, which ends: nothing supervises them once the server runs",
      path: 'docker/start.sh',
      code: '#!/bin/sh\nfor queue in mail reports; do\n  ⟦celery -A shop worker -Q "$queue"⟧ &\ndone\nexec gunicorn shop.wsgi --bind 0.0.0.0:8000\n',
    },
    { name: "a Nomad task daemonizes gunicorn and keeps the allocation alive with tail", path: "deploy/api.nomad.hcl", code: "job \"api\" {\n  group \"api\" {\n    task \"api\" {\n      driver = \"docker\"\n      config {\n        command = \"sh\"\n        args    = [\"-c\", \"⟦gunicorn --daemon --bind 0.0.0.0:8000 surveys:app⟧ && tail -f /dev/null\"]\n      }\n    }\n  }\n}\n" },
    {
      name: 'a supervisord program that daemonizes: supervisord loses the process it is meant to supervise',
      path: 'etc/supervisord.conf',
      code: '[program:api]\ncommand=⟦gunicorn --daemon --bind 0.0.0.0:8000 surveys:app⟧\nautorestart=true\n',
    },
    {
      name: 'pm2 start in the start script: pm2-runtime instead',
      path: 'package.json',
      code: pkg('    "start": "⟦pm2 start ecosystem.config.js --env production⟧"'),
      output: pkg('    "start": "pm2-runtime start ecosystem.config.js --env production"'),
      messageIncludes: ['the "start" script runs the app as a daemon (pm2 start)', 'pm2-runtime'],
      fix: { kind: 'replace', title: 'Run in the foreground with pm2-runtime' },
    },
    {
      name: 'npx pm2 start then pm2 logs to keep the container alive',
      path: 'Dockerfile',
      code: 'FROM node:20\nCOPY . .\nCMD ⟦npx pm2 start server.js -i max⟧ && pm2 logs\n',
      output: 'FROM node:20\nCOPY . .\nCMD npx pm2-runtime start server.js -i max && pm2 logs\n',
    },
    {
      name: "Ruby's daemonize flags: Sidekiq < 6's -d (with its -L log, file-logger's), rackup -D, resque-pool --daemon, passenger start --daemonize",
      path: 'bin/docker-entrypoint',
      code: '#!/bin/bash\nset -e\nif [ "$1" = worker ]; then\n  ⟦bundle exec sidekiq -d -L log/sidekiq.log -C config/sidekiq.yml⟧\n  exec tail -F log/sidekiq.log\nfi\nexec bundle exec puma -C config/puma.rb\n',
      output: '#!/bin/bash\nset -e\nif [ "$1" = worker ]; then\n  bundle exec sidekiq -L log/sidekiq.log -C config/sidekiq.yml\n  exec tail -F log/sidekiq.log\nfi\nexec bundle exec puma -C config/puma.rb\n',
      messageIncludes: ['sidekiq -d'],
    },
    {
      name: 'rackup -D in a supervisord program',
      path: 'deploy/supervisord.conf',
      code: '[program:kiosk]\ncommand=⟦bundle exec rackup -D -o 0.0.0.0 -p 9292 config.ru⟧\n',
      output: '[program:kiosk]\ncommand=bundle exec rackup -o 0.0.0.0 -p 9292 config.ru\n',
    },
    {
      name: 'resque-pool --daemon and passenger start --daemonize in compose commands',
      path: 'docker-compose.yml',
      code: 'services:\n  pool:\n    build: .\n    command: sh -c "⟦bundle exec resque-pool --daemon -E production⟧ && tail -f /dev/null"\n  web:\n    build: .\n    command: sh -c "⟦passenger start --daemonize --port 3000⟧ && tail -f log/passenger.3000.log"\n',
    },
    {
      name: "delayed_job's script started through the daemons gem: run keeps the worker in the foreground",
      path: 'docker/start.sh',
      code: '#!/bin/bash\nset -e\n⟦bin/delayed_job --pid-dir=tmp/pids -n 2 start⟧\nexec bundle exec passenger start --port "$PORT"\n',
      output: '#!/bin/bash\nset -e\nbin/delayed_job --pid-dir=tmp/pids -n 2 run\nexec bundle exec passenger start --port "$PORT"\n',
      messageIncludes: ['delayed_job start', 'bin/delayed_job run'],
    },
    {
      name: 'forever start',
      path: 'Procfile',
      code: 'web: ⟦forever start server.js⟧\n',
      output: 'web: forever server.js\n',
      messageIncludes: ['forever start'],
    },
    {
      name: 'nohup and & in an entrypoint command',
      path: 'Dockerfile',
      code: 'FROM node:20\nCOPY . .\nCMD ⟦nohup node worker.js⟧ & node server.js\n',
      messageIncludes: ['puts `node` in the background with `&`'],
    },
    {
      name: 'two processes in one container: the background one is reported',
      path: 'docker-compose.yml',
      code: 'services:\n  app:\n    build: .\n    command: sh -c "⟦python worker.py⟧ & gunicorn app:app"\n',
    },
    {
      name: 'gunicorn --daemon loses its foreground process',
      path: 'Dockerfile',
      code: 'FROM python:3.12\nCOPY . .\nCMD ⟦gunicorn --daemon app:app⟧ && tail -f /dev/null\n',
      output: 'FROM python:3.12\nCOPY . .\nCMD gunicorn app:app && tail -f /dev/null\n',
      fix: { kind: 'replace', title: 'Run in the foreground: drop --daemon' },
    },
    {
      name: 'service start, puma -d, celery multi, php-fpm -D',
      path: 'Procfile',
      code: 'web: ⟦service nginx start⟧ && ⟪bundle exec puma -d⟫ && sleep infinity\nworker: ⟦celery multi start w1 -A shop⟧\nphp: ⟦php-fpm8.2 -D⟧\n',
    },
    {
      name: 'a Kubernetes container that daemonises redis',
      path: 'k8s/cache.yaml',
      code: 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: cache\n          image: redis:7\n          command: ["sh", "-c", "⟦redis-server --daemonize yes⟧ && sleep infinity"]\n',
    },
    {
      name: 'a start script that puts a worker in the background before it execs the server',
      path: 'deploy/start.sh',
      code: '#!/bin/bash\n⟦nohup celery -A shop worker --loglevel=info > /dev/null 2>&1⟧ &\nexec gunicorn shop.wsgi --bind 0.0.0.0:$PORT\n',
    },
    {
      name: "celery's worker detached with its short flag (-D), then beat with --detach, before the server is exec'd: one start script, one finding",
      path: 'bin/start.sh',
      code: '#!/bin/bash\npython3 manage.py check\n⟦celery -A shop worker -l info -D --pidfile=/tmp/w.pid⟧\n⟪celery -A shop beat --detach⟫\nexec gunicorn -b 0.0.0.0:$PORT shop.wsgi\n',
    },
    {
      name: 'an entrypoint that daemonises php-fpm in front of nginx',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\n⟦php-fpm -D⟧\nexec nginx -g "daemon off;"\n',
    },
  ],
};
