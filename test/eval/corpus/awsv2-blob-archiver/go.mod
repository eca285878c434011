module github.com/acme/blob-archiver

go 1.22

require (
	cloud.google.com/go/storage v1.43.0
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.4.0
	github.com/aws/aws-sdk-go-v2 v1.30.5
	github.com/aws/aws-sdk-go-v2/config v1.27.33
	github.com/aws/aws-sdk-go-v2/credentials v1.17.32
	github.com/aws/aws-sdk-go-v2/service/s3 v1.61.2
	go.mongodb.org/mongo-driver v1.16.1
	google.golang.org/api v0.196.0
)
