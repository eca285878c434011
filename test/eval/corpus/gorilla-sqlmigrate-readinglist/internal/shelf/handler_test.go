package shelf

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/gorilla/sessions"
)

func TestListRequiresLogin(t *testing.T) {
	dir := t.TempDir()
	store := sessions.NewFilesystemStore(dir, []byte("test-session-key")) // tfl-eval-not: memory-session-store
	h := NewHandler(nil, store, NewCoverCache("localhost:6379"))
	rec := httptest.NewRecorder()
	h.List(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("got %d", rec.Code)
	}
	_ = os.RemoveAll(dir)
}
