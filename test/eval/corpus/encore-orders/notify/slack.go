package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const opsWebhook = "https://hooks.slack.com/services/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" // tfl-eval: hardcoded-credential

//encore:api private
func OrderPlaced(ctx context.Context, msg *Message) error {
	body, _ := json.Marshal(map[string]string{"text": msg.Text})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, opsWebhook, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}

type Message struct{ Text string }
