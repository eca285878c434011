package relay

import (
	"net/http/httptest"
	"testing"
)

func TestRejectsUnsigned(t *testing.T) {
	t.Setenv("RELAY_SIGNING_KEY", "test-signing-key")
	rec := httptest.NewRecorder()
	New("test-signing-key").ServeHTTP(rec, httptest.NewRequest("POST", "/", nil))
	if rec.Code != 401 {
		t.Fatalf("got %d", rec.Code)
	}
}
