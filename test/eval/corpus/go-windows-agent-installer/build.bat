@echo off
set GOOS=windows
set GOARCH=amd64
go build -o fleet-agent.exe ./cmd/agent
rem tfl-eval-next-line: hardcoded-credential
set SIGNING_PASSWORD=o0QsD4V5XXC7o5ca
signtool sign /f certs\codesign.pfx /p %SIGNING_PASSWORD% /tr http://timestamp.digicert.com fleet-agent.exe
