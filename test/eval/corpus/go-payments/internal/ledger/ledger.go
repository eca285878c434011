package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"os"

	"github.com/redis/go-redis/v9"
)

var locks = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // tfl-eval-not: hardcoded-backing-service

func Handler(db *sql.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var total int64
		if err := db.QueryRowContext(r.Context(), "select coalesce(sum(amount), 0) from payments").Scan(&total); err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]int64{"total": total})
	})
}

func Reconcile(ctx context.Context, db *sql.DB) error {
	if err := locks.SetNX(ctx, "reconcile", "1", 0).Err(); err != nil {
		return err
	}
	_, err := db.ExecContext(ctx, "update payments set reconciled = true where settled_at is not null")
	return err
}
