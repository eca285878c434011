package main

import (
	"flag"
	"fmt"

	"wallet/rpc/internal/config"
	"wallet/rpc/internal/server"
	"wallet/rpc/internal/svc"
	"wallet/rpc/pb"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/zrpc"
	"google.golang.org/grpc"
)

var configFile = flag.String("f", "etc/wallet.yaml", "the config file")

func main() {
	flag.Parse()

	var c config.Config
	// conf.UseEnv() expands ${REDIS_PASS}-style references from the environment.
	conf.MustLoad(*configFile, &c, conf.UseEnv())
	ctx := svc.NewServiceContext(c)

	s := zrpc.MustNewServer(c.RpcServerConf, func(grpcServer *grpc.Server) {
		pb.RegisterWalletServer(grpcServer, server.NewWalletServer(ctx))
	})
	defer s.Stop()

	fmt.Printf("Starting rpc server at %s...\n", c.ListenOn)
	s.Start()
}
