package auth

import "testing"

const testClientSecret = "test-client-secret" // tfl-eval-not: hardcoded-credential

func TestPasswordCheck(t *testing.T) {
	password := "hunter2-test" // tfl-eval-not: hardcoded-credential
	if password == "" {
		t.Fatal("empty")
	}
}
