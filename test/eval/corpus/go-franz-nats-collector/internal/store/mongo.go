package store

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Open(ctx context.Context, uri string) (*mongo.Client, error) {
	cred := options.Credential{
		AuthMechanism: "SCRAM-SHA-256",
		AuthSource:    "admin",
		Username:      "collector",
		Password:      "60-MhP0U1*r31ox8li", // tfl-eval: hardcoded-credential
	}
	return mongo.Connect(ctx, options.Client().ApplyURI(uri).SetAuth(cred))
}
