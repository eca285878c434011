package jobs

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"github.com/riverqueue/river"
)

type TelemetryRollupArgs struct {
	VehicleID int64 `json:"vehicle_id"`
}

func (TelemetryRollupArgs) Kind() string { return "telemetry_rollup" }

type TelemetryRollupWorker struct {
	river.WorkerDefaults[TelemetryRollupArgs]
	Pool *pgxpool.Pool
}

var leaderboard = redis.NewClient(&redis.Options{Addr: "fleet-cache.prod.internal:6379", Password: "", DB: 2}) // tfl-eval: hardcoded-backing-service

func (w *TelemetryRollupWorker) Work(ctx context.Context, job *river.Job[TelemetryRollupArgs]) error {
	var km float64
	if err := w.Pool.QueryRow(ctx, `SELECT coalesce(sum(distance_km),0) FROM telemetry WHERE vehicle_id=$1 AND recorded_at > now() - interval '1 day'`, job.Args.VehicleID).Scan(&km); err != nil {
		return err
	}
	return leaderboard.ZAdd(ctx, "fleet:km:today", redis.Z{Score: km, Member: job.Args.VehicleID}).Err()
}
