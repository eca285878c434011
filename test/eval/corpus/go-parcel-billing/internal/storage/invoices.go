package storage

import (
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/redis/go-redis/v9"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

func InvoiceBucket() (*minio.Client, error) {
	return minio.New("s3.billing.internal:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds:  credentials.NewStaticV4("AKIALJ5GH3HC5OUFFTVK", "MtT3SoKZhThyQy0Jhd0waApQYPme2cinqLwTD2nv", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

func Cache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache.billing.internal:6379", // tfl-eval: hardcoded-backing-service
		Password: "Ioygv99_BgSK", // tfl-eval: hardcoded-credential
		DB:       2,
	})
}

func LocalCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "localhost:6379", // tfl-eval: hardcoded-backing-service
		Password: "", // tfl-eval-not: hardcoded-credential
	})
}

func Ledger() (*gorm.DB, error) {
	dsn := "ledger:Tpjrn58%6z7s@tcp(mysql.billing.internal:3306)/ledger?charset=utf8mb4&parseTime=True" // tfl-eval: hardcoded-credential, hardcoded-backing-service
	return gorm.Open(mysql.Open(dsn), &gorm.Config{})
}
