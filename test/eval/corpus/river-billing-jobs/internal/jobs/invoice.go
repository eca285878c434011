package jobs

import (
	"context"

	"github.com/riverqueue/river"
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/invoice"
)

type InvoiceArgs struct {
	CustomerID string `json:"customer_id"`
}

func (InvoiceArgs) Kind() string { return "invoice.finalize" }

type InvoiceWorker struct {
	river.WorkerDefaults[InvoiceArgs]
}

func init() {
	stripe.Key = "sk_live_Qhbcxc7RllTNCgtTylvmWpIA" // tfl-eval: hardcoded-credential
}

func (w *InvoiceWorker) Work(ctx context.Context, job *river.Job[InvoiceArgs]) error {
	params := &stripe.InvoiceListParams{Customer: stripe.String(job.Args.CustomerID), Status: stripe.String("draft")}
	it := invoice.List(params)
	for it.Next() {
		if _, err := invoice.FinalizeInvoice(it.Invoice().ID, nil); err != nil {
			return err
		}
	}
	return it.Err()
}