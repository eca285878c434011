package http

import (
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
)

func TestAdminNeedsAuth(t *testing.T) {
	r := gin.New()
	r.Use(gin.BasicAuth(gin.Accounts{"test": "test"})) // tfl-eval-not: hardcoded-credential
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", "/ops/stats", nil))
	if w.Code != 401 {
		t.Fatalf("got %d", w.Code)
	}
}
