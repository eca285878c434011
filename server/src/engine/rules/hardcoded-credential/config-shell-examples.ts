// Shell script examples: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const shellExamples: Examples = {
  valid: [
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
