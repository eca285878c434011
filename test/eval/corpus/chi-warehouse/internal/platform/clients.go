package platform

import (
	"context"
	"database/sql"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/go-chi/jwtauth/v5"
	_ "github.com/lib/pq"
)

var (
	TokenAuth = jwtauth.New("HS256", []byte("VfkGAJrbwlN7DP319lD217QDWwfJbrWhT86PU01f"), nil) // tfl-eval: hardcoded-credential
	queueURL  = "https://sqs.eu-west-1.amazonaws.com/412398675120/restock"
)

const pgConn = "host=pg.warehouse.svc port=5432 user=warehouse password=harbor90# dbname=stock sslmode=disable" // tfl-eval: hardcoded-credential, hardcoded-backing-service

func OpenStock() (*sql.DB, error) {
	return sql.Open("postgres", pgConn)
}

func Queue(ctx context.Context) (*sqs.Client, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx,
		awsconfig.WithRegion("eu-west-1"),
		awsconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIASBNE25CZCFMEYYGX", "hBGKkmNmXRKIoArYBLqjmEeaFM0obJIOyeYigY5M", "")), // tfl-eval: hardcoded-credential
	)
	if err != nil {
		return nil, err
	}
	return sqs.NewFromConfig(cfg), nil
}

func QueueURL() *string { return aws.String(queueURL) }
