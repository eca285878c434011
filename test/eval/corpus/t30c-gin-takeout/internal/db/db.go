package db

import (
	"github.com/go-redis/redis/v8"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

// The report replica, read-only; its password was chosen by the DBA.
const replicaDSN = "report:xyz402871!@tcp(47.104.23.119:3306)/takeout" // tfl-eval: hardcoded-credential, hardcoded-backing-service

func Open() (*gorm.DB, error) {
	return gorm.Open(mysql.Open(replicaDSN), &gorm.Config{})
}

func Cache(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr, Password: "abc593018"}) // tfl-eval: hardcoded-credential
}
