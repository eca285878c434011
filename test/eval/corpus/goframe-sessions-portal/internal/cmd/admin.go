package cmd

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/os/gcmd"
	"github.com/gogf/gf/v2/os/gsession"
)

// Admin runs the back office on Redis-backed sessions shared by every replica.
var Admin = gcmd.Command{
	Name: "admin",
	Func: func(ctx context.Context, parser *gcmd.Parser) (err error) {
		s := g.Server("admin")
		s.SetSessionStorage(gsession.NewStorageRedis(g.Redis())) // tfl-eval-not: memory-session-store
		s.Run()
		return nil
	},
}
