module github.com/acme/dnsops

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.30.0
	github.com/cloudflare/cloudflare-go v0.99.0
	github.com/hetznercloud/hcloud-go/v2 v2.9.0
	github.com/minio/minio-go/v7 v7.0.74
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.3.2
)
