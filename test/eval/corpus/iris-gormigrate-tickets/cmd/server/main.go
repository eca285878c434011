package main

import (
	"os"

	"github.com/go-gormigrate/gormigrate/v2"
	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/boxoffice/tickets/internal/db"
	"github.com/boxoffice/tickets/internal/tickets"
)

func main() {
	conn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	m := gormigrate.New(conn, gormigrate.DefaultOptions, db.Migrations)
	if err := m.Migrate(); err != nil { // tfl-eval: startup-migration
		panic(err)
	}

	app := iris.New()
	sess := sessions.New(sessions.Config{Cookie: "boxoffice_sid"}) // tfl-eval: memory-session-store
	h := &tickets.Handlers{DB: conn, Sessions: sess}
	app.Post("/basket/{seat}", h.AddSeat)

	iris.RegisterOnInterrupt(func() { _ = app.Shutdown(nil) })
	_ = app.Listen(":" + os.Getenv("PORT"))
}
