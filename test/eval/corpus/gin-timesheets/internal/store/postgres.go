package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

type DB struct{ pool *pgxpool.Pool }

func Open(ctx context.Context, url string) (*DB, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, err
	}
	return &DB{pool: pool}, pool.Ping(ctx)
}

func (db *DB) Close() { db.pool.Close() }

const insertEntry = `INSERT INTO entries (user_id, project, minutes, day) VALUES ($1, $2, $3, $4) RETURNING id`

func (db *DB) AddEntry(ctx context.Context, userID, project string, minutes int, day string) (int64, error) {
	var id int64
	err := db.pool.QueryRow(ctx, insertEntry, userID, project, minutes, day).Scan(&id)
	return id, err
}
