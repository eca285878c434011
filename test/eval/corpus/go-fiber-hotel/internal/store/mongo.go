package store

import (
	"context"
	"os"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Connect(ctx context.Context) (*mongo.Client, error) {
	creds := options.Credential{
		AuthSource: "admin",
		Username:   "hotel",
		Password:   "Pdjzh51!NI9y", // tfl-eval: hardcoded-credential
	}
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo.hotel.internal:27017").SetAuth(creds)) // tfl-eval: hardcoded-backing-service
}

func ConnectAtlas(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://hotel:jQVIbPQyEM2iw3NA@cluster0.ab12c.mongodb.net/hotel")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

func ConnectFromEnv(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGODB_URI"))) // tfl-eval-not: hardcoded-credential
}
