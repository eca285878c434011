package storage

import (
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

const archiveAccount = "contosoarchive"

// NewPrimary uses the pod's workload identity.
func NewPrimary() (*azblob.Client, error) {
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return nil, err
	}
	return azblob.NewClient(fmt.Sprintf("https://%s.blob.core.windows.net/", os.Getenv("AZURE_STORAGE_ACCOUNT")), cred, nil)
}

// NewArchive reaches the cold archive account, which only takes shared keys.
func NewArchive() (*azblob.Client, error) {
	cred, err := azblob.NewSharedKeyCredential(archiveAccount, "mAPrvMRA0HzwNqc//oCciPSHgOJR8Sa252VkpwFmR6M1rUbs/j891cLJj/Kb2SRnsfUSgajCH+3JfGsUJ5rupg==") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azblob.NewClientWithSharedKeyCredential(fmt.Sprintf("https://%s.blob.core.windows.net/", archiveAccount), cred, nil)
}

// NewPartner reads Fabrikam's drop account with the app registration they created for us.
func NewPartner() (*azblob.Client, error) {
	cred, err := azidentity.NewClientSecretCredential(
		"4f0c2d1e-8b7a-4c3d-9e2f-1a0b9c8d7e6f",
		"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
		"67U8Q~x8cjXP8z3K.RC7DEKR3JZ-YR6.4MPfmmLV", // tfl-eval: hardcoded-credential
		nil,
	)
	if err != nil {
		return nil, err
	}
	return azblob.NewClient("https://fabrikamdrop.blob.core.windows.net/", cred, nil)
}

// NewFromEnv is what the chart configures.
func NewFromEnv() (*azblob.Client, error) {
	cred, err := azidentity.NewClientSecretCredential(os.Getenv("AZURE_TENANT_ID"), os.Getenv("AZURE_CLIENT_ID"), os.Getenv("AZURE_CLIENT_SECRET"), nil) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azblob.NewClient(os.Getenv("AZURE_BLOB_URL"), cred, nil)
}
