package controller

import (
	"context"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"

	dbaasv1 "github.com/acme/dbaas-operator/api/v1"
)

const (
	// The monitoring user every provisioned instance gets; shared across clusters.
	monitoringUser     = "dbaas_monitor"
	monitoringPassword = "k3r9ZWrt4QYAmm0Fz5uu" // tfl-eval: hardcoded-credential
	passwordKey        = "password" // tfl-eval-not: hardcoded-credential
)

type DatabaseReconciler struct {
	client.Client
}

func (r *DatabaseReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var db dbaasv1.Database
	if err := r.Get(ctx, req.NamespacedName, &db); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	secret := &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{Name: db.Name + "-monitoring", Namespace: db.Namespace},
		StringData: map[string]string{
			"username":  monitoringUser,
			passwordKey: monitoringPassword,
			"exporter-token": "6b58b4f0361357805aa167449c9930c569c4ee43", // tfl-eval: hardcoded-credential
		},
	}
	return ctrl.Result{}, r.Create(ctx, secret)
}
