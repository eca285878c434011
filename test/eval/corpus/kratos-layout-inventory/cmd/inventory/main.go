package main

import (
	"flag"
	"os"

	"inventory/internal/conf"

	"github.com/go-kratos/kratos/v2"
	"github.com/go-kratos/kratos/v2/config"
	"github.com/go-kratos/kratos/v2/config/env"
	"github.com/go-kratos/kratos/v2/config/file"
	"github.com/go-kratos/kratos/v2/log"
)

var (
	Name     = "inventory"
	Version  string
	flagconf string
	id, _    = os.Hostname()
)

func init() {
	flag.StringVar(&flagconf, "conf", "../../configs", "config path, eg: -conf config.yaml")
}

func main() {
	flag.Parse()
	logger := log.With(log.NewStdLogger(os.Stdout), "service.id", id, "service.name", Name)
	c := config.New(
		config.WithSource(
			file.NewSource(flagconf),
			env.NewSource("INVENTORY_"),
		),
	)
	defer c.Close()

	if err := c.Load(); err != nil {
		panic(err)
	}
	var bc conf.Bootstrap
	if err := c.Scan(&bc); err != nil {
		panic(err)
	}
	app, cleanup, err := wireApp(bc.Server, bc.Data, bc.Registry, logger)
	if err != nil {
		panic(err)
	}
	defer cleanup()
	if err := app.Run(); err != nil {
		panic(err)
	}
}

func newApp(logger log.Logger, srv ...kratos.Option) *kratos.App {
	return kratos.New(append([]kratos.Option{kratos.ID(id), kratos.Name(Name), kratos.Version(Version), kratos.Logger(logger)}, srv...)...)
}
