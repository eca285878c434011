package main

import (
	"context"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"github.com/spf13/viper"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	walletv1 "github.com/paynest/wallet/gen/wallet/v1"
	"github.com/paynest/wallet/internal/events"
	"github.com/paynest/wallet/internal/server"
	"github.com/paynest/wallet/internal/store"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	viper.SetEnvPrefix("WALLET")
	viper.AutomaticEnv()
	viper.SetDefault("grpc_addr", ":9090")
	viper.SetDefault("http_addr", ":8080")
	viper.SetDefault("nats_url", "nats://127.0.0.1:4222")

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := store.Open(viper.GetString("database_url"))
	if err != nil {
		logger.Fatal("open store", zap.Error(err))
	}
	publisher, err := events.Connect(viper.GetString("nats_url"))
	if err != nil {
		logger.Fatal("connect nats", zap.Error(err))
	}
	defer publisher.Close()

	grpcServer := grpc.NewServer()
	walletv1.RegisterWalletServiceServer(grpcServer, server.New(db, publisher, logger))
	lis, err := net.Listen("tcp", viper.GetString("grpc_addr"))
	if err != nil {
		logger.Fatal("listen grpc", zap.Error(err))
	}
	go func() { _ = grpcServer.Serve(lis) }()

	mux := runtime.NewServeMux()
	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if err := walletv1.RegisterWalletServiceHandlerFromEndpoint(ctx, mux, "localhost"+viper.GetString("grpc_addr"), opts); err != nil {
		logger.Fatal("gateway", zap.Error(err))
	}
	httpServer := &http.Server{Addr: viper.GetString("http_addr"), Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = httpServer.ListenAndServe() }()

	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = httpServer.Shutdown(shutdownCtx)
	grpcServer.GracefulStop()
}
