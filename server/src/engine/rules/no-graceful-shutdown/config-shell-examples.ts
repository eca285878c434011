// Entrypoint scripts and s6/runit run files (config-shell.ts): the last command must exec the app.
import type { Examples } from '../../rule';

export const shellExamples: Examples = {
  valid: [
    {
      name: 'an entrypoint that ends with exec "$@"',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nif [ -f /certs/ca.pem ]; then update-ca-certificates; fi\nexec "$@"\n',
    },
    {
      name: 'an entrypoint that execs the server through gosu',
      path: 'docker/entrypoint.sh',
      code: '#!/bin/bash\npython manage.py check --deploy\nexec gosu app gunicorn shop.wsgi --bind 0.0.0.0:8000\n',
    },
    {
      name: 'a one-off job container (backup) and a developer start script run to their end',
      path: 'scripts/backup-entrypoint.sh',
      code: '#!/bin/sh\npg_dump "$DATABASE_URL" | gzip > /tmp/db.sql.gz\naws s3 cp /tmp/db.sql.gz "s3://$BUCKET/db.sql.gz"\n',
    },
    {
      name: 'a start script not named for an entrypoint (a Procfile may run it in its process group)',
      path: 'bin/start.sh',
      code: '#!/bin/sh\nnode scripts/render-config.js\nnode dist/server.js\n',
    },
    {
      name: 'an entrypoint whose processes run in the background (daemonized-process reports that)',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\nnginx\nphp-fpm &\nwait\n',
    },
    {
      name: "the last command calls the script's own function, which execs the app; a script ending in a case block",
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nmain() {\n  exec tg-archive "$@"\n}\nmain "$@"\n',
    },
    {
      name: 'a script that ends inside a block: its branches are not followed',
      path: 'entrypoint.sh',
      code: '#!/bin/sh\ncase "$1" in\n  web) exec gunicorn app:app ;;\n  *) run_task "$@" ;;\nesac\n',
    },
    {
      name: 'an s6 run file that execs',
      path: 'rootfs/etc/s6-overlay/s6-rc.d/web/run',
      code: '#!/command/with-contenv sh\ncd /app\nexec s6-setuidgid node node dist/server.js\n',
    },
  ],
  invalid: [
    {
      name: 'an entrypoint that renders config, then runs node without exec',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\nset -e\nnode scripts/render-config.js > public/config.json\n⟦node dist/server.js⟧\n',
      messageIncludes: ['Factor IX', 'exec', 'SIGTERM'],
      fix: { kind: 'replace', title: 'Run the app with exec' },
      output: '#!/bin/sh\nset -e\nnode scripts/render-config.js > public/config.json\nexec node dist/server.js\n',
    },
    {
      name: 'an entrypoint that runs the CMD with "$@" and no exec',
      path: 'bin/docker-entrypoint',
      code: '#!/bin/sh\nexport JAVA_OPTS="$JAVA_OPTS -XX:MaxRAMPercentage=75"\n⟦"$@"⟧\n',
    },
    {
      name: 'an s6 run file whose last command is the app under s6-setuidgid',
      path: 'rootfs/etc/s6-overlay/s6-rc.d/web/run',
      code: '#!/command/with-contenv sh\ncd /app\n⟦s6-setuidgid node node dist/server.js⟧\n',
      messageIncludes: ["the supervisor's process"],
    },
  ],
};
