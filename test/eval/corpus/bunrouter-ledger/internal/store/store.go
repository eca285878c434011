package store

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/driver/pgdriver"
)

type Entry struct {
	ID       int64 `bun:",pk,autoincrement"`
	Account  string
	Amount   int64
	Memo     string
}

func Open(dsn string) *bun.DB {
	sqldb := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(dsn)))
	return bun.NewDB(sqldb, pgdialect.New())
}

func Entries(ctx context.Context, db *bun.DB, account string) ([]Entry, error) {
	var out []Entry
	err := db.NewSelect().Model(&out).Where("account = ?", account).Scan(ctx)
	return out, err
}
