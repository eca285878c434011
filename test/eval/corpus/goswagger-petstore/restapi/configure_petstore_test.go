package restapi

import "testing"

func TestBasicAuthRejectsWrongPassword(t *testing.T) {
	api := newTestAPI()
	if _, err := api.BasicAuth("petstore-ops", "wrong-password"); err == nil { // tfl-eval-not: hardcoded-credential
		t.Fatal("expected an error")
	}
}
