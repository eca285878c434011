package storage

import (
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

type AzureConfig struct {
	AccountName string
	AccountKey  string
	Container   string
}

type ArchiveConfig struct {
	Endpoint string
	Key      string
}

var attachments = AzureConfig{
	AccountName: "deskattachments",
	AccountKey:  "wem8x+cxxD7cC+UhEsptTWg2aBkVbCOGbQJ023xS+ijpJgJP0ucGj7Sw90Tw8d+CV5pEU9jbuqqhu1MubtrVeg==", // tfl-eval: hardcoded-credential
	Container:   "attachments",
}

var archive = ArchiveConfig{
	Endpoint: "https://deskarchive.blob.core.windows.net",
	Key:      "wGOQc/Ifg7Aly6teNRrlQNDehXz13bFXLbBxW+g5A0uWZlOJwdbUNjMvxUe9Jr3t7VQf4UrdGk6MKAGXs50oIA==", // tfl-eval: hardcoded-credential
}

func Client() (*azblob.Client, error) {
	cred, err := azblob.NewSharedKeyCredential(attachments.AccountName, attachments.AccountKey)
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential("https://"+attachments.AccountName+".blob.core.windows.net/", cred, nil)
}
