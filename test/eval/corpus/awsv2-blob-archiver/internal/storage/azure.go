package storage

import (
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

const accountName = "acmearchive"

// NewAzure writes the second copy to Azure Blob Storage.
func NewAzure() (*azblob.Client, error) {
	cred, err := azblob.NewSharedKeyCredential(accountName, "L/sbsNA6cOAfp39udVp8XyXsfARqNxEMPr4wzCR5bMVlKvU4o6A39vK5M6CWo53lyca7HXQZJoRAYa9q9/U90w==") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential(fmt.Sprintf("https://%s.blob.core.windows.net/", accountName), cred, nil)
}

// NewAzureFromEnv is the shape the staging stack uses.
func NewAzureFromEnv() (*azblob.Client, error) {
	cred, err := azblob.NewSharedKeyCredential(os.Getenv("AZURE_STORAGE_ACCOUNT"), os.Getenv("AZURE_STORAGE_KEY")) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential("https://"+os.Getenv("AZURE_STORAGE_ACCOUNT")+".blob.core.windows.net/", cred, nil)
}
