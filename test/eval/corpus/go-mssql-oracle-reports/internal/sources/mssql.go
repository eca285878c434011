package sources

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"

	mssql "github.com/microsoft/go-mssqldb"
)

// Sales reads the ERP's SQL Server through an ADO-style connection string.
func Sales() (*sql.DB, error) {
	connector, err := mssql.NewConnector("server=erp-sql.internal;user id=reports;password=omMZJI6CThDytkz97uSD;database=Sales;encrypt=true") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(connector), nil
}

// Warehouse builds a sqlserver:// URL from the environment.
func Warehouse() (*sql.DB, error) {
	u := &url.URL{
		Scheme:   "sqlserver",
		User:     url.UserPassword(os.Getenv("WH_USER"), os.Getenv("WH_PASSWORD")), // tfl-eval-not: hardcoded-credential
		Host:     fmt.Sprintf("%s:%s", os.Getenv("WH_HOST"), "1433"),
		RawQuery: url.Values{"database": {"Warehouse"}}.Encode(),
	}
	return sql.Open("sqlserver", u.String())
}
