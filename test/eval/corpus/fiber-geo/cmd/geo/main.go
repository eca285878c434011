package main

import (
	"log"
	"net"
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/nats-io/nats.go"
	"google.golang.org/grpc"
	"gopkg.in/natefinch/lumberjack.v2"
)

func main() {
	log.SetOutput(&lumberjack.Logger{Filename: "/var/log/geo/geo.log", MaxSize: 100}) // tfl-eval: file-logger

	db := sqlx.MustConnect("postgres", "host=geo-db.internal port=5432 user=geo dbname=geo sslmode=require") // tfl-eval: hardcoded-backing-service
	db.MustExec(`CREATE TABLE IF NOT EXISTS places (id serial primary key, name text, lat float8, lon float8)`)  // tfl-eval: startup-migration

	nc, err := nats.Connect("nats://nats.geo.internal:4222") // tfl-eval: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()

	go func() {
		lis, err := net.Listen("tcp", ":9090") // tfl-eval: hardcoded-port
		if err != nil {
			log.Fatal(err)
		}
		srv := grpc.NewServer()
		log.Fatal(srv.Serve(lis)) // tfl-eval: no-graceful-shutdown
	}()

	app := fiber.New()
	app.Get("/places", func(c *fiber.Ctx) error {
		var names []string
		if err := db.Select(&names, "SELECT name FROM places LIMIT 100"); err != nil {
			return err
		}
		return c.JSON(names)
	})
	log.Fatal(app.Listen(":" + os.Getenv("PORT"))) // related location of the one IX finding (the program ignores SIGTERM)
}
