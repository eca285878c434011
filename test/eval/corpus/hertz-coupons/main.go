package main

import (
	"context"
	"time"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/cookie"

	"github.com/example/hertz-coupons/biz/dal"
	"github.com/example/hertz-coupons/biz/router"
	"github.com/example/hertz-coupons/conf"
)

func main() {
	c := conf.GetConf()
	dal.Init()
	h := server.New(
		server.WithHostPorts(c.Hertz.Address),
		server.WithExitWaitTime(10*time.Second),
	)
	store := cookie.NewStore([]byte(c.Hertz.SessionSecret))
	h.Use(sessions.New("coupons-session", store))
	h.OnShutdown = append(h.OnShutdown, func(ctx context.Context) { dal.Close() })
	router.Register(h)
	h.Spin()
}
