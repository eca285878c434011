#Requires -RunAsAdministrator
$InstallDir = "C:\Program Files\FleetAgent"
# tfl-eval-next-line: hardcoded-credential
$ApiToken = "82omyNvOuPZHl68p8aMQuwP8TTWrw6Ls"
$ProxyPassword = $env:FLEET_PROXY_PASSWORD
New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
Copy-Item .\fleet-agent.exe $InstallDir
# tfl-eval-next-line: hardcoded-credential
& "$InstallDir\fleet-agent.exe" install --server https://fleet.acme.example --enroll-secret 45gxCWC2apfJ4SkvnP1YvPt0
& "$InstallDir\fleet-agent.exe" install --token $ApiToken
