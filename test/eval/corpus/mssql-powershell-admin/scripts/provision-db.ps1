param([string]$Server = "sql01.corp.example")

Import-Module SqlServer
# tfl-eval-next-line: hardcoded-credential
Invoke-Sqlcmd -ServerInstance $Server -Username sa -Password "Pwphcb8aV8Uwy25d" -Query "CREATE DATABASE Payroll"
# tfl-eval-next-line: hardcoded-credential
New-LocalUser -Name "svc_payroll" -Password (ConvertTo-SecureString "5RQj6z1igSoTsJ2i" -AsPlainText -Force)
Invoke-Sqlcmd -ServerInstance $Server -Username sa -Password $env:SA_PASSWORD -Query "SELECT 1"
# tfl-eval-next-line: hardcoded-credential
Connect-AzAccount -ServicePrincipal -TenantId "c8b6ff14-8365-428a-8612-48b1249412a9" -ApplicationId "b186369a-8536-452d-a70f-2028cfebc5fb" -ClientSecret "Pgud7zS8IvqFK52aPfdBQZRVlqCHTSMN"
Write-Host "Enter the SA password" -ForegroundColor Yellow
