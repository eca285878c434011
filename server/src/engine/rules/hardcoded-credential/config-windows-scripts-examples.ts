// Windows script examples (cmd batch files, PowerShell): must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const batchExamples: Examples = {
  valid: [
    {
      name: 'reads (%NAME%, !NAME!), prompts, arithmetic, comments and paths',
      path: 'bin/setenv.bat',
      code: '@echo off\r\nrem set API_KEY=paste-your-key-here\r\nif not defined DB_PASSWORD set DB_PASSWORD=%VAULT_DB_PASSWORD%\r\necho set SHOP_DEBUG=1 for a verbose log\r\n:: DB_PASSWORD comes from the service account\r\nset "JAVA_HOME=C:\\Program Files\\Java\\jdk-17"\r\nset DB_PASSWORD=%DB_PASSWORD%\r\nset /p ADMIN_PASSWORD=Admin password: \r\nset /a TOKEN_TTL=60*60\r\nset "CATALINA_OPTS=%CATALINA_OPTS% -Ddb.password=!DB_PASSWORD!"\r\njava -jar app.jar --spring.datasource.password=%DB_PASSWORD%\r\nmysql -u root -p shop\r\n',
    },
  ],
  invalid: [
    {
      name: 'a password set, one passed in an options list, command arguments, and defaults set under a condition',
      path: 'bin/setenv.bat',
      code: '@echo off\r\nset HR_LDAP_BIND_PASSWORD=⟦Vq8Lz3Nw6Kt2Xr5P⟧\r\nset "CATALINA_OPTS=%CATALINA_OPTS% -Xmx1g -Dhr.db.password=⟦Mw4Rj9Tc2Hs7Qk5B⟧"\r\njava -jar app.jar --spring.datasource.password=⟦Zt6Pn3Wd8Lx2Cv9F⟧\r\nmysql -u root -p⟦Kb5Vn2Qx8Rm4Ts7L⟧ -e "CREATE DATABASE shop"\r\nif not defined SHOP_DB_PASSWORD set SHOP_DB_PASSWORD=⟦Wn4Xc8Lq2Tz6Vk9R⟧\r\nif "%SHOP_API_TOKEN%"=="" (set "SHOP_API_TOKEN=⟦Jd5Mq9Xw3Rc7Lt2Zv8Bn4Hs6⟧")\r\n',
      messageIncludes: ['Factor III', '%NAME%'],
    },
  ],
};

export const powershellExamples: Examples = {
  valid: [
    {
      name: 'reads, prompts, Get-Credential, a SecureString from a variable, and comment blocks',
      path: 'scripts/deploy.ps1',
      code: `<#
  $password = "not-read-in-a-comment-block"
#>
# $env:API_KEY = "paste-your-key-here"
$env:DB_PASSWORD = $env:VAULT_DB_PASSWORD
$token = "$env:DEPLOY_TOKEN"
$secure = ConvertTo-SecureString $env:ADMIN_PASSWORD -AsPlainText -Force
$credential = Get-Credential -UserName deploy -Message "Deploy password"
$adminPassword = Read-Host -AsSecureString "Admin password"
$headers = @{ Authorization = "Bearer $token" }
$ftp = @{ Host = "ftp.example.com"; User = "deploy"; Password = $env:FTP_PASSWORD }
& mysqldump.exe -u backup --password=$env:BACKUP_DB_PASSWORD shop
Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password $env:SA_PASSWORD -Query "SELECT 1"
Write-Host "Enter the SA password" -ForegroundColor Yellow
`,
    },
  ],
  invalid: [
    {
      name: 'a plain-text SecureString, an environment variable and a variable set to secrets, a header, command flags, a splatting hashtable on one line',
      path: 'scripts/deploy.ps1',
      code: `$securePassword = ConvertTo-SecureString "⟦Hd7Wq2Lm9Xc4Vt6N⟧" -AsPlainText -Force
$env:AZURE_CLIENT_SECRET = "⟦Rp3Kz8Bn5Ws2Fj7Qx4Lc9Tm6⟧"
$ApiToken = '⟦Nx5Tq8Wd3Kr7Lm2Vz6Pc9Bs4Hj1Gf0Ya⟧'
$headers = @{
    Authorization = "⟦Bearer Qw8Er4Ty6Ui2Op9As5Df3Gh7Jk1Lz0Xc⟧"
}
& "$InstallDir\\agent.exe" install --enroll-secret ⟦Bv6Nm2Qa8Ws4Ed9Rf3Tg7Yh⟧
Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password ⟦"Wk5Rt8Zm3Xq7Lc2N"⟧ -Query "SELECT 1"
$sqlParams = @{ ServerInstance = "sql02"; Username = "deploy"; Password = "⟦Cz7Nw3Kq8Xt2Lm5R⟧" }
`,
    },
  ],
};
