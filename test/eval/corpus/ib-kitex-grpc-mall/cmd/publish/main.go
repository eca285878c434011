package main

import (
	"log"
	"net"

	"example.com/mall/kitex_gen/publish/publishservice"
	"github.com/cloudwego/kitex/pkg/limit"
	"github.com/cloudwego/kitex/server"
)

const (
	PublishServiceName = "publish"
	PublishServiceAddr = "0.0.0.0:9003"
	RedisAddr          = "127.0.0.1:6379"
)

func main() {
	addr, err := net.ResolveTCPAddr("tcp", PublishServiceAddr) // tfl-eval: hardcoded-port
	if err != nil {
		panic(err)
	}
	svr := publishservice.NewServer(new(PublishServiceImpl),
		server.WithServiceAddr(addr),
		server.WithLimit(&limit.Option{MaxConnections: 1000, MaxQPS: 100}),
	)
	if err := svr.Run(); err != nil {
		log.Println(err.Error())
	}
}
