package cmd

import (
	"context"
	"time"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/gogf/gf/v2/os/gcmd"
	"github.com/gogf/gf/v2/os/gsession"
)

var Main = gcmd.Command{
	Name:  "main",
	Usage: "main",
	Brief: "start http server",
	Func: func(ctx context.Context, parser *gcmd.Parser) (err error) {
		s := g.Server()
		s.SetSessionMaxAge(2 * time.Hour)
		s.SetSessionStorage(gsession.NewStorageMemory()) // tfl-eval: memory-session-store
		s.Group("/", func(group *ghttp.RouterGroup) {
			group.POST("/login", func(r *ghttp.Request) {
				_ = r.Session.Set("member", r.Get("member").String())
				r.Response.WriteJson(g.Map{"ok": true})
			})
			group.GET("/me", func(r *ghttp.Request) {
				member, _ := r.Session.Get("member")
				r.Response.WriteJson(g.Map{"member": member})
			})
		})
		s.Run()
		return nil
	},
}
