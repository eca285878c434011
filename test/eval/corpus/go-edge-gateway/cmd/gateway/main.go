package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/go-ldap/ldap/v3"
	_ "github.com/lib/pq"
)

type upstreamCreds struct {
	Name   string
	APIKey string
}

var upstreams = []upstreamCreds{
	{Name: "geo", APIKey: "y6dJcqzGFty4oYnyTGGpvnwV8Jc4QU8O"},              // tfl-eval: hardcoded-credential
	{Name: "weather", APIKey: os.Getenv("WEATHER_KEY")}, // tfl-eval-not: hardcoded-credential
}

const adminToken = "8b7a8e2eb3e4ff67056e40294f21161436e8d637" // tfl-eval: hardcoded-credential

func main() {
	db, err := sql.Open("postgres", "postgres://gateway:Xtohi25*JIyC@pg.edge.internal:5432/gateway?sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	conn, err := ldap.DialURL("ldaps://ldap.edge.internal:636")
	if err != nil {
		log.Fatal(err)
	}
	if err := conn.Bind("cn=gateway,ou=services,dc=edge,dc=io", "Jeavv26%Lp10"); err != nil { // tfl-eval: hardcoded-credential
		log.Fatal(err)
	}
	log.Printf("admin header: %s", "X-Admin-Token") // tfl-eval-not: hardcoded-credential
}
