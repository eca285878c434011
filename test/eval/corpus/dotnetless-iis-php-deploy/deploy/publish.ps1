$ErrorActionPreference = "Stop"
# tfl-eval-next-line: hardcoded-credential
$sqlParams = @{ ServerInstance = "sql02.corp.example"; Database = "Shop"; Username = "shop_deploy"; Password = "IYt5K7BjKLJCM5kl" }
Invoke-Sqlcmd @sqlParams -InputFile .\migrations\001.sql
$ftp = @{ Host = "ftp.corp.example"; User = "deploy"; Password = $env:FTP_PASSWORD }
