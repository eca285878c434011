package store

import (
	"context"
	"database/sql"
	"errors"
)

type Users struct{ db *sql.DB }
type Links struct{ db *sql.DB }

func NewUsers(db *sql.DB) *Users { return &Users{db: db} }
func NewLinks(db *sql.DB) *Links { return &Links{db: db} }

func (u *Users) Authenticate(ctx context.Context, email, password string) (int64, error) {
	var id int64
	var ok bool
	err := u.db.QueryRowContext(ctx, "SELECT id, password_hash = crypt($2, password_hash) FROM users WHERE email = $1", email, password).Scan(&id, &ok)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, errors.New("bad password")
	}
	return id, nil
}

func (l *Links) Target(ctx context.Context, slug string) (string, error) {
	var target string
	err := l.db.QueryRowContext(ctx, "SELECT target FROM links WHERE slug = $1", slug).Scan(&target)
	return target, err
}
