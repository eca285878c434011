package mongo

import (
	"context"
	"os"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Connect(ctx context.Context) (*mongo.Client, error) {
	opts := options.Client().ApplyURI(os.Getenv("MONGO_URI")).SetAuth(options.Credential{
		AuthSource: "admin",
		Username:   "gateway",
		Password:   "Vlqjs445-idq", // tfl-eval: hardcoded-credential
	})
	return mongo.Connect(ctx, opts)
}
