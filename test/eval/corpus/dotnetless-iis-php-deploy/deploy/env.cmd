@echo off
if not defined SHOP_DB_HOST set SHOP_DB_HOST=localhost
rem tfl-eval-next-line: hardcoded-credential
if not defined SHOP_DB_PASSWORD set SHOP_DB_PASSWORD=wDAUgaAzb4SsNDYD
if "%SHOP_ENV%"=="" (set SHOP_ENV=production)
rem tfl-eval-next-line: hardcoded-credential
if "%SHOP_API_TOKEN%"=="" (set "SHOP_API_TOKEN=5MFVLhutFCMWKUwcOnhm0ESK")
echo set SHOP_DEBUG=1 for verbose output
