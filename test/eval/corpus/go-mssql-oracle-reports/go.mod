module github.com/acme/reports

go 1.22

require (
	github.com/microsoft/go-mssqldb v1.7.2
	github.com/sijms/go-ora/v2 v2.8.19
)
