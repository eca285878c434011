package k8s

import (
	"context"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

const (
	tokenHeader        = "Authorization"
	registrySecretName = "registry-credentials"
	passwordKey        = "password"
	tokenFile          = "/var/run/secrets/kubernetes.io/serviceaccount/token"
)

func RegistryPassword(ctx context.Context, client kubernetes.Interface, namespace string) (string, error) {
	secret, err := client.CoreV1().Secrets(namespace).Get(ctx, registrySecretName, metav1.GetOptions{})
	if err != nil {
		return "", err
	}
	return string(secret.Data[passwordKey]), nil
}
