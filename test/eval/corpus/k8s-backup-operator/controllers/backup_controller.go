package controllers

import (
	"context"
	"fmt"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	corev1 "k8s.io/api/core/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"

	backupv1 "github.com/vaultline/backup-operator/api/v1"
)

const (
	archiveEndpoint = "s3.eu-central-1.wasabisys.com"
	archiveBucket   = "vaultline-etcd-snapshots"
)

// BackupReconciler uploads etcd snapshots to the archive bucket.
type BackupReconciler struct {
	client.Client
}

func (r *BackupReconciler) archive() (*minio.Client, error) {
	return minio.New(archiveEndpoint, &minio.Options{
		Creds:  credentials.NewStaticV4("AKIA3LREU2KDDFIU6EZR", "/M1iRSrrHOxGMklUh0uq87JNmc7Wqy2TObOem6FZ", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

func (r *BackupReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var backup backupv1.Backup
	if err := r.Get(ctx, req.NamespacedName, &backup); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	var secret corev1.Secret
	key := client.ObjectKey{Namespace: req.Namespace, Name: backup.Spec.CredentialsSecret}
	if err := r.Get(ctx, key, &secret); err != nil {
		return ctrl.Result{}, fmt.Errorf("reading credentials secret: %w", err)
	}
	password := string(secret.Data["password"]) // tfl-eval-not: hardcoded-credential
	_ = password
	return ctrl.Result{}, nil
}
