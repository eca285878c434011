module github.com/contoso/blob-worker

go 1.23

require (
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.16.0
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.8.0
	github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos v1.2.0
	github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus v1.7.3
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.5.0
)
