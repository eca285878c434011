package storage

import (
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

// Azurite's development shortcut: its well-known account, no key written here.
const azuriteConnection = "UseDevelopmentStorage=true"

func TestUpload(t *testing.T) {
	client, err := azblob.NewClientFromConnectionString(azuriteConnection, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = client
}
