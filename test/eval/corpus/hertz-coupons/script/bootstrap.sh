#!/bin/bash
CURDIR=$(cd $(dirname $0); pwd)
BinaryName=hertz_coupons
echo "$CURDIR/bin/${BinaryName}"
exec $CURDIR/bin/${BinaryName}
