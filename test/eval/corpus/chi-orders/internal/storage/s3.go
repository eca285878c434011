package storage

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

func NewInvoiceStore() (*s3.S3, error) {
	sess, err := session.NewSession(&aws.Config{
		Region: aws.String("eu-central-1"),
		Credentials: credentials.NewStaticCredentials(
			"AKIALJ3LL2H6NPGP7L6Z", // tfl-eval: hardcoded-credential
			"6XQFXZDpkskHmEnAw2SWGOMc/xyIO4M8+jviry99", // tfl-eval: hardcoded-credential
			""),
	})
	if err != nil {
		return nil, err
	}
	return s3.New(sess), nil
}
