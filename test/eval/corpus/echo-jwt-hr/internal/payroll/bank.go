package payroll

import (
	"bytes"
	"net/http"
	"os"
)

type BankConfig struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	CertPassword string
}

var Sandbox = BankConfig{
	BaseURL:      "https://sandbox.bank.example/api",
	ClientID:     "hr-payroll-sandbox",
	ClientSecret: os.Getenv("BANK_SANDBOX_SECRET"), // tfl-eval-not: hardcoded-credential
}

var Production = BankConfig{
	BaseURL:      "https://api.bank.example",
	ClientID:     "hr-payroll",
	ClientSecret: "j7ZQ59rsoypa7joL3h26VNiAAW7WdDjO1sPZ", // tfl-eval: hardcoded-credential
	CertPassword: "PSx8xqQ4ayEQA#uC",    // tfl-eval: hardcoded-credential
}

func Submit(cfg BankConfig, batch []byte) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, cfg.BaseURL+"/payments/batch", bytes.NewReader(batch))
	req.SetBasicAuth(cfg.ClientID, cfg.ClientSecret)
	return http.DefaultClient.Do(req)
}
