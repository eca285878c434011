package web

import "testing"

func TestNewTokenIsUnique(t *testing.T) {
	sessions["fixture-token"] = 1
	if newToken() == newToken() {
		t.Fatal("tokens repeat")
	}
}
