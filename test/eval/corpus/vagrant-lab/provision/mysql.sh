#!/usr/bin/env bash
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get install -y mysql-server
mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED BY '${MYSQL_ROOT_PASSWORD}';"
if [ "$ROLE" = "primary" ]; then
  mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" -e "CREATE USER 'repl'@'%' IDENTIFIED BY '${REPLICATION_PASSWORD}'; GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';"
fi
