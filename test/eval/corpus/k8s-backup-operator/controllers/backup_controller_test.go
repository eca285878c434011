package controllers

import (
	"testing"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func TestReconcileReadsSecret(t *testing.T) {
	secret := &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{Name: "etcd-creds", Namespace: "default"},
		StringData: map[string]string{"username": "backup", "password": "hunter2-test"}, // tfl-eval-not: hardcoded-credential
	}
	if secret.Name == "" {
		t.Fatal("secret needs a name")
	}
}
