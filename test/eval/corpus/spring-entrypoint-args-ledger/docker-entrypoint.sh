#!/bin/sh
set -e

# Trust the corporate CA when one is mounted.
if [ -f /certs/corp-ca.pem ]; then
  keytool -importcert -noprompt -alias corp-ca -file /certs/corp-ca.pem \
    -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit
fi

JAVA_OPTS="${JAVA_OPTS:-} -XX:MaxRAMPercentage=75"
export JAVA_OPTS

"$@" # tfl-eval: no-graceful-shutdown
