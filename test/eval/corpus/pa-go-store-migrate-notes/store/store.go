package store

import (
	"context"
)

// Driver is the database the store runs on.
type Driver interface {
	Migrate(ctx context.Context) error
	Close() error
}

type Store struct {
	driver Driver
}

func New(driver Driver) *Store {
	return &Store{driver: driver}
}

// Migrate applies the schema's pending migrations.
func (s *Store) Migrate(ctx context.Context) error {
	return s.driver.Migrate(ctx)
}
