#!/usr/bin/env bash
# Prints a new key pair for the identity service; the private half goes to the secret store, never here.
set -euo pipefail
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /tmp/id-private.pem
openssl rsa -in /tmp/id-private.pem -pubout -out /tmp/id-public.pem
echo "upload /tmp/id-private.pem with: aws secretsmanager put-secret-value --secret-id bookings/jwt --secret-string file:///tmp/id-private.pem"
