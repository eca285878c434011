// Command seed fills a fresh database with the lab's users.
package main

import (
	"context"
	"log"
	"os"

	"github.com/jackc/pgx/v5"
)

type seedUser struct {
	Email    string
	Password string
	Role     string
}

var users = []seedUser{
	{Email: "admin@vulnapi.lab", Password: "adminadmin", Role: "admin"}, // tfl-eval-not: hardcoded-credential
	{Email: "user@vulnapi.lab", Password: "hunter2", Role: "user"},      // tfl-eval-not: hardcoded-credential
}

func main() {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, u := range users {
		if _, err := conn.Exec(ctx, "INSERT INTO users (email, password, role) VALUES ($1, $2, $3)", u.Email, u.Password, u.Role); err != nil {
			log.Fatal(err)
		}
	}
}
