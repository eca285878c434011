package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// NewS3 talks to the archive bucket in the backup account.
func NewS3(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-central-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIATN2ZKB22EA6YBQYI", // tfl-eval: hardcoded-credential
			"i2FFjAj9cjBwxQa31OX3xNpDY1YpyL0v0qcbI3WB", // tfl-eval: hardcoded-credential
			"",
		)),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

// NewWasabi reaches the cold tier through its S3 API.
func NewWasabi() *s3.Client {
	return s3.New(s3.Options{
		Region:       "eu-central-2",
		BaseEndpoint: aws.String("https://s3.eu-central-2.wasabisys.com"),
		Credentials:  credentials.NewStaticCredentialsProvider("Kg008Px6j1DKViv2l2V3", "A7XsQX66Fb4wsAg97LhtCBBmg8lUV3Fkx998rhWm", ""), // tfl-eval: hardcoded-credential
	})
}

// NewFromEnvironment leaves credentials to the default chain.
func NewFromEnvironment(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithSharedConfigProfile("archiver")) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}
