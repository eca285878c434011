#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../certs"
# tfl-eval-next-line: hardcoded-credential
openssl pkcs12 -export -in server.crt -inkey server.key -out server.p12 -name api -passout pass:Fls51U31q7NkLphI
# tfl-eval-next-line: hardcoded-credential
keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass UH9WybD1Yqxn6PUE -destkeystore server.jks -deststorepass NbZtqr04WrM62HT3
# tfl-eval-next-line: hardcoded-credential
keytool -genkeypair -alias client -keyalg RSA -keystore client.jks -storepass Ayyazj12uFHZKBg2 -keypass zlTTxSrT3r2AxQZI -dname "CN=client"
keytool -list -keystore truststore.jks -storepass "$TRUSTSTORE_PASSWORD"
openssl req -new -key client.key -out client.csr -passin env:CLIENT_KEY_PASS
openssl rsa -in legacy.key -out legacy-nopass.key -passin file:/run/secrets/legacy_key_pass
