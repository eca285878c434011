#!/bin/sh
set -eu
export AWS_SHARED_CREDENTIALS_FILE="$(dirname "$0")/key"
aws s3 sync ./build "s3://$BUCKET/" --delete
