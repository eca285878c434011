$Stamp = Get-Date -Format "yyyyMMdd-HHmm"
# tfl-eval-next-line: hardcoded-credential
& mysqldump.exe -u backup --password=SS3beISGN7OfE0q5 shop > "backups\shop-$Stamp.sql"
& mysqldump.exe -u backup --password=$env:BACKUP_DB_PASSWORD shop > "backups\shop-$Stamp.sql"
