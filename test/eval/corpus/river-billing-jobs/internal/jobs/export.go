package jobs

import (
	"bytes"
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/riverqueue/river"
)

type ExportArgs struct {
	Month string `json:"month"`
}

func (ExportArgs) Kind() string { return "ledger.export" }

type ExportWorker struct {
	river.WorkerDefaults[ExportArgs]
	Bucket string
}

// The accounting firm's bucket lives in their own account; they issued us this key pair.
func (w *ExportWorker) client() *s3.Client {
	return s3.New(s3.Options{
		Region:      "eu-central-1",
		Credentials: credentials.NewStaticCredentialsProvider("AKIAY347E7OZL4WZE3UN", "fSxjjGgEPvTZAkCSA5slR6ck1Vi32IDiAgc8UPew", ""), // tfl-eval: hardcoded-credential
	})
}

func (w *ExportWorker) Work(ctx context.Context, job *river.Job[ExportArgs]) error {
	_, err := w.client().PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(w.Bucket),
		Key:    aws.String("ledger/" + job.Args.Month + ".csv"), // tfl-eval-not: hardcoded-credential
		Body:   bytes.NewReader(nil),
	})
	return err
}