package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Episode audio lives in DigitalOcean Spaces (S3 compatible).
func NewClient(ctx context.Context) *s3.Client {
	creds := credentials.NewStaticCredentialsProvider("DO003F7AAD399B5B0698", "f1b4b1c1062538d8d54d919fb6a17067872300295319639a5913fea39dcb4fa5", "") // tfl-eval: hardcoded-credential
	return s3.New(s3.Options{
		Region:       "fra1",
		BaseEndpoint: aws.String("https://fra1.digitaloceanspaces.com"),
		Credentials:  creds,
	})
}
