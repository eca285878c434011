package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-kit/log"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/cargoline/shipping/pkg/booking"
	"github.com/cargoline/shipping/pkg/inmem"
	"github.com/cargoline/shipping/pkg/routing"
	"github.com/cargoline/shipping/pkg/tracking"
)

const (
	defaultPort              = "8080"
	defaultRoutingServiceURL = "http://localhost:7878"
	defaultMongoDBURL        = "mongodb://127.0.0.1:27017" // tfl-eval-not: hardcoded-backing-service
	defaultDBName            = "dddsample"
)

func main() {
	var (
		addr  = envString("PORT", defaultPort)
		rsurl = envString("ROUTINGSERVICE_URL", defaultRoutingServiceURL)
		dburl = envString("MONGODB_URL", defaultMongoDBURL)
		dbname = envString("DB_NAME", defaultDBName)

		httpAddr          = flag.String("http.addr", ":"+addr, "HTTP listen address")
		routingServiceURL = flag.String("service.routing", rsurl, "routing service URL")
		mongoDBURL        = flag.String("db.url", dburl, "MongoDB URL")
		databaseName      = flag.String("db.name", dbname, "MongoDB database name")
		inmemory          = flag.Bool("inmem", false, "use in-memory repositories")
	)
	flag.Parse()

	logger := log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC)

	var cargos booking.CargoRepository
	if *inmemory {
		cargos = inmem.NewCargoRepository()
	} else {
		client, err := mongo.Connect(context.Background(), options.Client().ApplyURI(*mongoDBURL))
		if err != nil {
			panic(err)
		}
		cargos = booking.NewMongoCargoRepository(client.Database(*databaseName))
	}

	rs := routing.NewProxyingMiddleware(context.Background(), *routingServiceURL)
	bs := booking.NewService(cargos, rs)
	ts := tracking.NewService(cargos)

	mux := http.NewServeMux()
	mux.Handle("/booking/v1/", booking.MakeHandler(bs, logger))
	mux.Handle("/tracking/v1/", tracking.MakeHandler(ts, logger))

	srv := &http.Server{Addr: *httpAddr, Handler: mux}
	errs := make(chan error, 2)
	go func() {
		logger.Log("transport", "http", "address", *httpAddr, "msg", "listening")
		errs <- srv.ListenAndServe()
	}()
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
		errs <- fmt.Errorf("%s", <-c)
	}()
	logger.Log("terminated", <-errs)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

func envString(env, fallback string) string {
	if e := os.Getenv(env); e != "" {
		return e
	}
	return fallback
}
