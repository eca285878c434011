package api

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/jmoiron/sqlx"
	"go.uber.org/zap"
)

func TestEpisodesNeedAKey(t *testing.T) {
	db := sqlx.MustConnect("postgres", "postgres://podcasts:podcasts@localhost:5432/podcasts_test?sslmode=disable")
	srv := httptest.NewServer(Routes(db, zap.NewNop()))
	defer srv.Close()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/episodes", nil)
	req.Header.Set("X-Api-Key", "test-api-key")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %v, %v", resp, err)
	}
}
