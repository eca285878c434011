package provider

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/minio/minio-go/v7"
	mcreds "github.com/minio/minio-go/v7/pkg/credentials"
)

func AWSConfig(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-central-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIARVSST2TRFC3AMNMT", // tfl-eval: hardcoded-credential
			"9WfWXTxV0KkYpHZthvEmskBzSTl3E6WfTNyaFecE", // tfl-eval: hardcoded-credential
			"",
		)),
	)
}

func Minio() (*minio.Client, error) {
	return minio.New("s3.backup.acme.internal:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds:  mcreds.NewStaticV4("dnsops-backup", "48uqaiCnBjrZf1us4Hi1rELs6b8I75QG", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

func Azure() (*azblob.Client, error) {
	cred, err := azblob.NewSharedKeyCredential("acmezonebackups", "Kn3GwiTBwJKwQujQaXM3TIK9pb98KEGiobXRGyUZu9m/SJD/xrhvOIcdxVlwYAk1alT/CEFJseh6+XvwzkXQUA==") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential("https://acmezonebackups.blob.core.windows.net/", cred, nil)
}

func MinioAnonymous() (*minio.Client, error) {
	return minio.New("play.min.io", &minio.Options{Creds: mcreds.NewStaticV4("", "", "")}) // tfl-eval: hardcoded-backing-service (anonymous login: no credential)
}
