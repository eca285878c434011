package storage

import (
	"database/sql"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

type Store struct{ db *sql.DB }

var dbUser = "remindly"
var dbPass = "4t03Z$zM9hLBxk" // tfl-eval: hardcoded-credential

func Open(host string) (*Store, error) {
	db, err := sql.Open("mysql", dbUser+":"+dbPass+"@tcp("+host+":3306)/remindly?parseTime=true")
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Add(chatID int64, at time.Time, text string) error {
	_, err := s.db.Exec("INSERT INTO reminders (chat_id, at, text) VALUES (?, ?, ?)", chatID, at, text)
	return err
}
