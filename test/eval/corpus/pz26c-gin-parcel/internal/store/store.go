package store

import (
	"database/sql"
	"fmt"
	"os"

	"github.com/gin-gonic/gin"
)

func Open() (*sql.DB, error) {
	dsn := os.Getenv("DATABASE_URL")
	if gin.Mode() == gin.DebugMode {
		dsn = fmt.Sprintf("postgres://%s:%s@%s/parcel?sslmode=disable", "parcel", "walnut-sparrow-4", os.Getenv("DB_HOST")) // tfl-eval-not: hardcoded-credential
	}
	return sql.Open("postgres", dsn)
}
