package store

import (
	"context"
	"database/sql"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"github.com/redis/go-redis/v9"
)

type Store struct {
	db    *sql.DB
	cache *redis.Client
}

func Open(dsn string) (*Store, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	cache := redis.NewClient(&redis.Options{
		Addr:     "cache:6379", // tfl-eval: hardcoded-backing-service
		Password: "pXq7Lr2mZk9Wt4Bn", // tfl-eval: hardcoded-credential
		DB:       1,
	})
	return &Store{db: db, cache: cache}, nil
}

func (s *Store) SignUp(ctx context.Context, raidID, userID string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO signups (raid_id, user_id) VALUES (?, ?)", raidID, userID)
	if err == nil {
		s.cache.Del(ctx, "raid:"+raidID)
	}
	return err
}

func (s *Store) Close() error {
	s.cache.Close()
	return s.db.Close()
}
