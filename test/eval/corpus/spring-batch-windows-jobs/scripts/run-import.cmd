@echo off
setlocal
cd /d %~dp0\..
rem tfl-eval-next-line: hardcoded-credential
java -jar target\import-job.jar --spring.datasource.username=batch --spring.datasource.password=CpwQY2UGWjukPXFZ --job.name=customerImport
rem tfl-eval-next-line: hardcoded-credential
curl -u admin:QaylrRA9p0DawLSV -X POST https://scheduler.acme.example/api/jobs/import/ack
java -jar target\import-job.jar --spring.datasource.password=%BATCH_DB_PASSWORD%
endlocal
