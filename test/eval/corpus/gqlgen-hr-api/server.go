package main

import (
	"log"
	"net/http"
	"os"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/go-chi/jwtauth/v5"
	"github.com/gorilla/mux"
	_ "github.com/lib/pq"

	"github.com/peopleops/hr-api/ent"
	"github.com/peopleops/hr-api/graph"
)

const defaultPort = "8080"

var tokenAuth = jwtauth.New("HS256", []byte("hr-api-9f2c7e1d8b3a4f60a5c9e2d7b1f4a8c3"), nil) // tfl-eval: hardcoded-credential

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = defaultPort
	}
	client, err := ent.Open(dialect.Postgres,
		"host=postgres port=5432 user=hr dbname=hr password=HrPortal#2023 sslmode=disable") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		log.Fatalf("failed opening connection to postgres: %v", err)
	}
	defer client.Close()

	srv := handler.NewDefaultServer(graph.NewSchema(client))
	router := mux.NewRouter()
	router.Use(jwtauth.Verifier(tokenAuth))
	router.Handle("/", playground.Handler("HR", "/query"))
	router.Handle("/query", srv)
	log.Printf("listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, router)) // tfl-eval: no-graceful-shutdown
}
