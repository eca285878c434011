package wallet

import (
	"context"
	"log/slog"
	"sync"

	"connectrpc.com/connect"
	"github.com/redis/go-redis/v9"

	walletv1 "github.com/paylane/wallet/internal/wallet/walletv1"
)

// Top-up amounts a user has started but not confirmed, by user id.
var pendingTopUps sync.Map // tfl-eval: memory-session-store

// Currency metadata, read only.
var currencies = map[string]int32{"EUR": 2, "USD": 2, "JPY": 0}

type Server struct {
	rdb    *redis.Client
	logger *slog.Logger
}

func NewServer(rdb *redis.Client, logger *slog.Logger) *Server {
	return &Server{rdb: rdb, logger: logger}
}

func (s *Server) StartTopUp(ctx context.Context, req *connect.Request[walletv1.StartTopUpRequest]) (*connect.Response[walletv1.StartTopUpResponse], error) {
	userID := req.Header().Get("X-User-Id")
	pendingTopUps.Store(userID, req.Msg.GetAmountMinor())
	return connect.NewResponse(&walletv1.StartTopUpResponse{MinorUnits: currencies[req.Msg.GetCurrency()]}), nil
}

func (s *Server) ConfirmTopUp(ctx context.Context, req *connect.Request[walletv1.ConfirmTopUpRequest]) (*connect.Response[walletv1.ConfirmTopUpResponse], error) {
	userID := req.Header().Get("X-User-Id")
	amount, ok := pendingTopUps.LoadAndDelete(userID)
	if !ok {
		return nil, connect.NewError(connect.CodeFailedPrecondition, nil)
	}
	if err := s.rdb.IncrBy(ctx, "balance:"+userID, amount.(int64)).Err(); err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	return connect.NewResponse(&walletv1.ConfirmTopUpResponse{}), nil
}
