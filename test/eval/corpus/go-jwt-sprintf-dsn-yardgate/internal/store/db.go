package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	_ "github.com/denisenkom/go-mssqldb"
	"github.com/jackc/pgx/v5/pgxpool"
)

// OpenYard connects to the yard database.
func OpenYard(ctx context.Context, host string) (*pgxpool.Pool, error) {
	dsn := fmt.Sprintf("postgres://%s:%s@%s:5432/yard?sslmode=require", "yardgate", "x9jq3DsouvomzrIx", host) // tfl-eval: hardcoded-credential
	return pgxpool.New(ctx, dsn)
}

// OpenYardFromEnv is what production uses.
func OpenYardFromEnv(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := fmt.Sprintf("postgres://%s:%s@%s:5432/yard?sslmode=require",
		os.Getenv("YARD_DB_USER"), os.Getenv("YARD_DB_PASSWORD"), os.Getenv("YARD_DB_HOST")) // tfl-eval-not: hardcoded-credential
	return pgxpool.New(ctx, dsn)
}

// OpenWeighbridge reads the weighbridge's SQL Server.
func OpenWeighbridge(host string) (*sql.DB, error) {
	conn := "server=" + host + ";user id=wb_reader;password=Dg3ON9OyWlNc;database=Weighbridge" // tfl-eval: hardcoded-credential
	return sql.Open("sqlserver", conn)
}

// OpenWeighbridgeEnv builds the same string with the password from the environment.
func OpenWeighbridgeEnv(host string) (*sql.DB, error) {
	conn := "server=" + host + ";user id=wb_reader;password=" + os.Getenv("WB_PASSWORD") + ";database=Weighbridge" // tfl-eval-not: hardcoded-credential
	return sql.Open("sqlserver", conn)
}

// OpenCameras reads the ANPR cameras' event log.
func OpenCameras(ctx context.Context, host string) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, fmt.Sprintf("postgres://anpr:J2UuEfFC0YZm@%s/anpr", host)) // tfl-eval: hardcoded-credential
}

// OpenCamerasLocal is used by the docker-compose dev stack only.
func OpenCamerasLocal(ctx context.Context, user, pass string) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, fmt.Sprintf("postgres://%s:%s@localhost/anpr", user, pass)) // tfl-eval: hardcoded-backing-service
}
