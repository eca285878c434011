param(
    [string]$Environment = "staging"
)

$ErrorActionPreference = "Stop"
# tfl-eval-next-line: hardcoded-credential
$securePassword = ConvertTo-SecureString "yDk2FlKoXmhMQus6" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ("deploy", $securePassword)
# tfl-eval-next-line: hardcoded-credential
$env:AZURE_CLIENT_SECRET = "1kKBaJNe0nniHmYogoObm2MX"
$env:BATCH_DB_PASSWORD = $env:VAULT_BATCH_DB_PASSWORD
$headers = @{
    Authorization = "Bearer qg1JoKkKjEAUsR0a5DGT9kHPyj28AbYA" # tfl-eval: hardcoded-credential
}
Invoke-RestMethod -Uri "https://deploy.acme.example/api/releases" -Method Post -Headers $headers
$adminPassword = Read-Host -AsSecureString "Admin password"
