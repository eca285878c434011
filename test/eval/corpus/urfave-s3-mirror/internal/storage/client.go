package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Client mirrors files into one bucket.
type Client struct {
	s3 *s3.Client
}

// New builds a client for an S3-compatible endpoint with static keys.
func New(ctx context.Context, endpoint, accessKey, secretKey string) (*Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-central-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(accessKey, secretKey, "")), // tfl-eval-not: hardcoded-credential
	)
	if err != nil {
		return nil, err
	}
	return &Client{s3: s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(endpoint)
		o.UsePathStyle = true
	})}, nil
}

// NewBackupClient writes to the offsite bucket of the nightly backup.
func NewBackupClient(ctx context.Context) (*Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIA4QX7MZPN2L5RVD3K",                     // tfl-eval: hardcoded-credential
			"n5E43dHT0wLaM8pKTxoJ1yihCH8GDdzOpkYQx68O", // tfl-eval: hardcoded-credential
			"",
		)),
	)
	if err != nil {
		return nil, err
	}
	return &Client{s3: s3.NewFromConfig(cfg)}, nil
}
