#!/bin/sh
JAVA_HOME=/usr/lib/jvm/java-17
# tfl-eval-next-line: hardcoded-credential
export CATALINA_OPTS="$CATALINA_OPTS -Xmx1024m -Dhr.db.password=ukoebWpa1SQV3NHn"
export HR_SMTP_PASSWORD="${HR_SMTP_PASSWORD:?}"
