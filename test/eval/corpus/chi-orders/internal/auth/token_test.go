package auth

import (
	"net/http/httptest"
	"testing"
)

func TestAdminOnlyRejectsWrongPassword(t *testing.T) {
	req := httptest.NewRequest("GET", "/admin", nil)
	req.SetBasicAuth("backoffice", "wrong-password") // tfl-eval-not: hardcoded-credential
	rec := httptest.NewRecorder()
	AdminOnly(nil).ServeHTTP(rec, req)
	if rec.Code != 401 {
		t.Fatalf("want 401, got %d", rec.Code)
	}
}
