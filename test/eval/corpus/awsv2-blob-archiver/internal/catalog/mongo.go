package catalog

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Connect opens the catalogue of archived objects.
func Connect(ctx context.Context, uri string) (*mongo.Client, error) {
	opts := options.Client().ApplyURI(uri).SetAuth(options.Credential{
		AuthSource: "admin",
		Username:   "archiver",
		Password:   "z5yMco06.E6jKABY@o5riXZ+", // tfl-eval: hardcoded-credential
	})
	return mongo.Connect(ctx, opts)
}
