// Package fake is an in-memory UserStore for tests.
package fake

import "errors"

type User struct {
	Email    string
	Password string
}

type Store struct{ users map[string]User }

func New() *Store {
	return &Store{users: map[string]User{
		"alice@vulnapi.lab": {Email: "alice@vulnapi.lab", Password: "alice-pass-1"}, // tfl-eval-not: hardcoded-credential
	}}
}

func (s *Store) Find(email string) (User, error) {
	u, ok := s.users[email]
	if !ok {
		return User{}, errors.New("not found")
	}
	return u, nil
}
