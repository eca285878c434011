#!/usr/bin/env bash
# Bootstraps the ledgerly namespace on a fresh cluster (kind locally, EKS in staging).
set -euo pipefail
NS=${NS:-ledgerly}

kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f -

kubectl apply -n "$NS" -f - <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: ledgerly-config
data:
  LEDGER_CURRENCY: EUR
  PASSWORD_MIN_LENGTH: "12"
EOF

kubectl apply -n "$NS" -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: ledgerly-db
type: Opaque
stringData:
  username: ledgerly
  # tfl-eval-next-line: hardcoded-credential
  password: Hq7Lm2Vx9zKpRt4WnB6c
EOF

cat <<EOF | kubectl create -n "$NS" -f -
apiVersion: v1
kind: Secret
metadata:
  name: ledgerly-api
stringData:
  stripe-webhook-secret: ${STRIPE_WEBHOOK_SECRET}
  # tfl-eval-next-line: hardcoded-credential
  fx-api-key: Zx8Kq3Wm7Lt2Vp9RcD4f
EOF

kubectl rollout status deploy/ledgerly -n "$NS"
