package outbox

import (
	"context"
	"net/http"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

// Event IDs already published, so a retry does not publish twice (rebuilt from the table on start).
var (
	publishedMu sync.Mutex
	published   = map[string]bool{} // tfl-eval-not: memory-session-store
)

// Topic names by event type: a constant table.
var topics = map[string]string{"order.created": "orders", "parcel.scanned": "parcels"}

type Relay struct {
	Pool *pgxpool.Pool
	Log  *zap.Logger
}

func (r *Relay) Ack(w http.ResponseWriter, req *http.Request) {
	id := req.URL.Query().Get("event")
	publishedMu.Lock()
	published[id] = true
	publishedMu.Unlock()
	r.Log.Info("acked", zap.String("topic", topics["order.created"]))
	w.WriteHeader(http.StatusNoContent)
}

func (r *Relay) Pending(ctx context.Context) (int, error) {
	var n int
	err := r.Pool.QueryRow(ctx, "SELECT count(*) FROM outbox WHERE sent_at IS NULL").Scan(&n)
	return n, err
}
