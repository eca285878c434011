package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/lab/vulnapi/internal/store/fake"
)

func TestLogin(t *testing.T) {
	h := NewAuthHandler(fake.New(), []byte("test-signing-key")) // tfl-eval-not: hardcoded-credential
	body := strings.NewReader(`{"email":"alice@vulnapi.lab","password":"alice-pass-1"}`)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/login", body))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
}
