package main

import (
	"log"
	"net"

	"example.com/mall/biz/dal/mysql"
	"example.com/mall/kitex_gen/user/userservice"
	"example.com/mall/pkg/consts"
	"github.com/cloudwego/kitex/pkg/rpcinfo"
	"github.com/cloudwego/kitex/server"
)

func main() {
	mysql.Init()
	addr, err := net.ResolveTCPAddr(consts.TCP, consts.UserServiceAddr) // tfl-eval: hardcoded-port
	if err != nil {
		panic(err)
	}
	svr := userservice.NewServer(new(UserServiceImpl),
		server.WithServiceAddr(addr),
		server.WithServerBasicInfo(&rpcinfo.EndpointBasicInfo{ServiceName: consts.UserServiceName}),
	)
	if err = svr.Run(); err != nil {
		log.Println(err.Error())
	}
}
