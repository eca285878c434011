@echo off
echo Creating the local database...
rem tfl-eval-next-line: hardcoded-credential
mysql -u root -py98Qh0x1bhPRyzN1 -e "CREATE DATABASE IF NOT EXISTS shop"
rem tfl-eval-next-line: hardcoded-credential
set APP_KEY=base64:SdmYRngpOnOTaKleQiwx6SlO3Dn0bYjsPEx0x5TJXbo=
php artisan migrate --seed
