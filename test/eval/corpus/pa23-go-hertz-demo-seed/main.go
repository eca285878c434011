package main

import (
	"context"
	"log"
	"os"
	"time"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/golang-jwt/jwt/v5"

	"example.com/shop/biz/dal"
	"example.com/shop/biz/utils"
)

var signingKey = []byte("ZHQpMoYdIbopem6EDIOTnrlc") // tfl-eval: hardcoded-credential

func main() {
	dal.Init(os.Getenv("MYSQL_DSN"))
	seedDemoUsers()
	h := server.Default(server.WithHostPorts(":" + os.Getenv("PORT")))
	register(h)
	h.Spin()
}

func seedDemoUsers() {
	if dal.CountUsers(context.Background()) > 0 {
		return
	}
	admin, _ := utils.HashingPassword("admin") // tfl-eval-not: hardcoded-credential
	dal.CreateUser(context.Background(), "admin", admin, "admin")
	guest, _ := utils.HashingPassword("guest123") // tfl-eval-not: hardcoded-credential
	dal.CreateUser(context.Background(), "guest", guest, "user")
	log.Println("seeded demo users")
}

func issueToken(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(24 * time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
