package db

import (
	"context"
	"database/sql"
	"os"

	_ "github.com/go-sql-driver/mysql"
	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Store struct {
	sql   *sql.DB
	audit *mongo.Client
}

func Open(ctx context.Context) (*Store, error) {
	dsn := os.Getenv("LEDGER_MYSQL_DSN") // tfl-eval-not: hardcoded-credential
	if dsn == "" {
		dsn = "ledger:Pebble&5874falcon@tcp(mysql:3306)/ledger?parseTime=true" // tfl-eval: hardcoded-credential
	}
	conn, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	audit, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://audit:rOvPDh6UNRGDmiRntkF60yZv@cluster0.x1q9w.mongodb.net/audit")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		return nil, err
	}
	return &Store{sql: conn, audit: audit}, nil
}

func (s *Store) Balance(c echo.Context) error {
	row := s.sql.QueryRowContext(c.Request().Context(), "SELECT balance FROM accounts WHERE id = ?", c.Param("account"))
	var balance int64
	if err := row.Scan(&balance); err != nil {
		return err
	}
	return c.JSON(200, map[string]int64{"balance": balance})
}
