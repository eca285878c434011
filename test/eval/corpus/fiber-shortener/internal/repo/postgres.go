package repo

import (
	"context"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Link struct {
	Code         string `db:"code"`
	Target       string `db:"target"`
	PasswordHash string `db:"password_hash" json:"-"` // tfl-eval-not: hardcoded-credential
}

func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	if url := os.Getenv("DATABASE_URL"); url != "" {
		return pgxpool.New(ctx, url)
	}
	return pgxpool.New(ctx, "postgres://shortener:J3dp29l!URUu@db.shortener.internal:5432/shortener") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

func AnalyticsDSN(host string) string {
	return fmt.Sprintf("postgres://analytics:%s@%s:5432/analytics", os.Getenv("ANALYTICS_PASSWORD"), host) // tfl-eval-not: hardcoded-credential
}
