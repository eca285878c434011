@echo off
rem Tomcat picks this up from catalina.bat
set "JAVA_HOME=C:\Program Files\Eclipse Adoptium\jdk-17"
set "CATALINA_OPTS=%CATALINA_OPTS% -Xms512m -Xmx1024m"
rem tfl-eval-next-line: hardcoded-credential
set "CATALINA_OPTS=%CATALINA_OPTS% -Dhr.db.password=IO3369pUGD3dZVbU"
rem tfl-eval-next-line: hardcoded-credential
set HR_LDAP_BIND_PASSWORD=EPKSGOjMdHMNjp36
set HR_SMTP_PASSWORD=%HR_SMTP_PASSWORD%
rem set HR_API_KEY=paste-your-key-here
set HR_ENV=production
