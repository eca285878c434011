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
      name: 'logins that take the password from elsewhere: keytool/openssl reading a variable, env: or file:, sshpass -e/-f, lftp and smbclient with a user alone or a variable',
      path: 'deploy/upload.sh',
      code: 'keytool -list -keystore truststore.jks -storepass "$TRUSTSTORE_PASSWORD" -keyalg RSA\nopenssl rsa -in a.key -out b.key -passin env:KEY_PASS -passout file:/run/secrets/pass\njarsigner -keystore r.jks -storepass:env STOREPASS app.jar release\ndocker compose exec db mysql -uroot -p shop\nkubectl exec api -- ssh -p 2222 deploy@host\nsshpass -e rsync -az public/ web@host:/srv\nsshpass -f ~/.deploy_pass ssh web@host uptime\nlftp -u deploy -e "mirror -R dist /htdocs; quit" ftp.example.com\nlftp -u "deploy,$FTP_PASSWORD" ftp.example.com\nsmbclient //fs/share -U backup%"$SMB_PASSWORD" -c ls\n',
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
    {
      name: 'the password a login command is handed in its own word: sshpass -p, lftp -u user,pass, smbclient -U user%pass',
      path: 'deploy/upload.sh',
      code: "sshpass -p ⟦'Wd4Nq8Zr3Lt6Vx9B'⟧ rsync -az public/ web@host:/srv\nsshpass -p⟦Mc7Kx2Pw5Rj9Tz3H⟧ ssh web@host uptime\nlftp -u deploy,⟦Fs6Lq3Wn8Xb2Vd5K⟧ -e 'mirror -R dist /htdocs; quit' ftp.example.com\nsmbclient //fs/share -U backup%⟦Zp4Hm9Qt2Nc7Wx6R⟧ -c ls\n",
    },
    {
      name: "single-dash credential flags (keytool, jarsigner, PowerShell cmdlets) and openssl's pass: argument",
      path: 'scripts/make-keystores.sh',
      code: 'keytool -genkeypair -alias api -keystore api.jks -storepass ⟦Xr7Kq2Wm9Lz4Vt6B⟧ -keypass ⟦Nc3Hs8Pd5Qw2Jf7T⟧ -dname "CN=api"\nopenssl pkcs12 -export -in api.crt -inkey api.key -out api.p12 -passout pass:⟦Gm6Zt3Rk9Wx4Lp2S⟧\n',
    },
    {
      name: 'an options list with a password in it, mysql run inside a container with its password attached, and a URL whose query holds the first =',
      path: 'scripts/restore.sh',
      code: 'export CATALINA_OPTS="$CATALINA_OPTS -Xmx1g -Dhr.db.password=⟦Tq4Wx9Lm2Zc7Vn5K⟧"\ndocker compose exec -T db mysql -uroot -p⟦Lw3Zq8Rt5Nx2Vk7D⟧ shop < dump.sql\npsql postgres://app:⟦Hs9Vm4Kc7Qz2Xw5B⟧@db.internal:5432/app?sslmode=require -c "select 1"\n',
    },
  ],
};
