package queue

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos"
	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus"
)

const partnerConnection = "Endpoint=sb://fabrikam-events.servicebus.windows.net/;SharedAccessKeyName=contoso-listen;SharedAccessKey=zUY0gcQc+Owl1QUEMw0XKoAO80rMQENVUMirpBPZ4iA=" // tfl-eval: hardcoded-credential

func Partner() (*azservicebus.Client, error) {
	return azservicebus.NewClientFromConnectionString(partnerConnection, nil)
}

func Own() (*azservicebus.Client, error) {
	return azservicebus.NewClientFromConnectionString(os.Getenv("SERVICEBUS_CONNECTION_STRING"), nil) // tfl-eval-not: hardcoded-credential
}

func Ledger() (*azcosmos.Client, error) {
	cred, err := azcosmos.NewKeyCredential("bDPUSDh8W1n/h3fgpPQmo14ldIDt+eDv9PqXqta2mB8=") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return azcosmos.NewClientWithKey("https://contoso-ledger.documents.azure.com:443/", cred, nil)
}
