package sink

import (
	"context"
	"os"

	"github.com/elastic/go-elasticsearch/v8"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gopkg.in/gomail.v2"
)

func NewSearch() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		CloudID: os.Getenv("ELASTIC_CLOUD_ID"),
		APIKey:  "1nSzYZj95CcJuFqYiCK3GPTMLRYj3+ZK5AXd9dkuD5mhPtk+1Ai0yDtcbEyw==", // tfl-eval: hardcoded-credential
	})
}

func NewArchive(ctx context.Context) (*mongo.Client, error) {
	opts := options.Client().ApplyURI(os.Getenv("MONGO_URI")).SetAuth(options.Credential{
		AuthSource: "admin",
		Username:   "audit_writer",
		Password:   "+v9wh9hih7SJst00XTcw", // tfl-eval: hardcoded-credential
	})
	return mongo.Connect(ctx, opts)
}

// Alerts mails the security desk when an audit event matches a rule.
func NewAlertDialer() *gomail.Dialer {
	return gomail.NewDialer(os.Getenv("SMTP_HOST"), 587, "alerts@northwind.example", "X5VY%YYvIUaKIemi") // tfl-eval: hardcoded-credential
}

// PasswordChanged is the event type recorded when a user changes a password.
const PasswordChanged = "user.password_changed" // tfl-eval-not: hardcoded-credential
