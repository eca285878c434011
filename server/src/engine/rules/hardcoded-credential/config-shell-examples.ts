// Shell script examples: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const shellExamples: Examples = {
  valid: [
    {
      name: 'a profile line echoed with the variable it reads, a PATH line',
      path: 'provision/app.sh',
      code: '#!/bin/sh\necho "export API_TOKEN=$API_TOKEN" >> ~/.profile\necho "export PATH=/usr/local/bin:$PATH" >> ~/.profile\necho "export RAILS_ENV=production" >> ~/.bashrc\n',
    },
    {
      name: 'values read from the environment, secret files or defaults that are empty',
      path: 'docker-entrypoint.sh',
      code: `#!/bin/sh
set -e
export DB_PASSWORD="\${DB_PASSWORD:?DB_PASSWORD must be set}"
export SECRET_KEY=$(cat /run/secrets/secret_key)
mysql -u wikiadmin -p\`wikiadmin_pass\` -h "$DB_HOST" < blobs.sql
API_TOKEN="$API_TOKEN" ./bin/sync
export PASSWORD_MIN_LENGTH=12
echo "Enter the admin password:"
read -r ADMIN_PASSWORD
exec "$@"
`,
    },
    {
      name: "a script's own options parsed in a case statement: the branch pattern names the flag, the value is an argument",
      path: 'tools/smoke.sh',
      code: `#!/bin/bash
while [[ $# -gt 0 ]]; do
    case $1 in
        -u|--username) USERNAME="$2"; shift 2 ;;
        -p|--password) PASSWORD="$2"; shift 2 ;;
        --token) TOKEN="$2"; shift 2 ;;
    esac
done
`,
    },
    {
      name: 'placeholders in a setup script',
      path: 'scripts/setup.sh',
      code: 'export DB_PASSWORD=changeme\nexport API_KEY=<your-api-key>\n',
    },
  ],
  invalid: [
    {
      name: "a secret echoed into a profile as an export line (Vagrant and cloud-init provisioning)",
      path: 'provision/app.sh',
      code: '#!/bin/sh\necho "export RAILS_MASTER_KEY=⟦9f3a1c7e5b2d4f6a8c0e1b3d5f7a9c2e⟧" >> /home/vagrant/.bashrc\n',
    },
    {
      name: 'an exported password and secret, and one set for a single command',
      path: 'boot.sh',
      code: `#!/bin/bash
export DB_PASSWORD=⟦HeBNdVWToSuMzH⟧
export SECRET_KEY="⟦hJx5RRmQpVsTfr⟧"
STRIPE_WEBHOOK_SECRET='⟦65YFMPBPsGaUTD⟧' exec gunicorn app:app
`,
      messageIncludes: ['Factor III', 'committed script'],
    },
    {
      name: 'a --password flag and a URL password',
      path: 'scripts/backup.sh',
      code: 'pg_dump --password=⟦Y9H9brAdZiyCae⟧ shop > shop.sql\nredis-cli -u redis://:⟦kUtRj4DZw6QKQH⟧@cache.internal:6379 ping\n',
    },
  ],
};
