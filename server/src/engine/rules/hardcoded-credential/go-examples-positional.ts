// Go arguments that are secrets by their position, whatever the library: the key after an HMAC
// algorithm name, the second of a (user, password) call, the bare `Key` of an encryption package's
// config. Generated values.
import type { Examples } from '../../rule';

export const goPositionalExamples: Examples = {
  valid: [
    {
      name: "commands whose words hold no secret: mysql's bare -p prompts, docker's -p maps a port, redis-cli's -n picks a database, a password joined from a read, a shell script reading the environment, a child environment from os.Getenv",
      path: 'internal/dump/run.go',
      code: 'package dump\n\nimport (\n\t"context"\n\t"os"\n\t"os/exec"\n)\n\nfunc Run(ctx context.Context, password string) {\n\t_ = exec.Command("mysql", "-u", "restore", "-p", "shop")\n\t_ = exec.Command("docker", "run", "-p", "8080:80", "nginx")\n\t_ = exec.Command("redis-cli", "-h", "cache", "-n", "3", "FLUSHDB")\n\t_ = exec.CommandContext(ctx, "mysqldump", "-u", "app", "-p"+password, "shop")\n\t_ = exec.CommandContext(ctx, "sh", "-c", `pg_dump "$DATABASE_URL" | gzip > /tmp/db.gz`)\n\tcmd := exec.Command("pg_dump", "shop")\n\tcmd.Env = append(os.Environ(), "PGPASSWORD="+os.Getenv("DB_PASSWORD"))\n}\n',
    },
    {
      name: 'an access key beside its secret in the same file: the public half of the pair',
      path: 'internal/storage/s3.go',
      code: 'package storage\n\nimport "os"\n\nvar cfg = Config{AccessKey: "9f3c2a7e1b4d6f8a0c5e2b7d9a1f3c6e", SecretKey: os.Getenv("S3_SECRET_KEY")}\n',
    },
    {
      name: "an argument list's flags with no credential after them: a password file, an env read, a flag naming no credential",
      path: 'cmd/backup/main.go',
      code: 'package main\n\nimport (\n\t"os"\n\t"os/exec"\n)\n\nfunc main() {\n\t_ = exec.Command("pg_dump", "--password-file", "/run/secrets/db", "--format", "custom")\n\t_ = exec.Command("helm", "push", "--password", os.Getenv("HELM_PASSWORD"))\n}\n',
    },
    {
      name: "a plain word after a client id (a scope, a region) is no secret",
      path: 'internal/auth/flow.go',
      code: 'package auth\n\nvar flow = NewFlow(clientID, "profile")\nvar geo = lookup(appID, "eu-west-1")\n',
    },
    {
      name: 'four arguments that are no login: a server given a host, a port, a version and a mode; a mailer whose password is read at run time; base64 of text that is no user:password',
      path: 'internal/server/start.go',
      code: 'package server\n\nimport (\n\t"encoding/base64"\n\t"os"\n)\n\nvar srv = NewServer("api.example.com", 443, "v1", "production")\nvar api = NewClient("api.example.com", 443, "v2", "json")\nvar mail = NewMailer("smtp.example.com", 587, "alerts", os.Getenv("SMTP_PASSWORD"))\nvar blob = base64.StdEncoding.EncodeToString([]byte("hello world"))\nvar pair = base64.StdEncoding.EncodeToString([]byte("a:b:c"))\n',
    },
    {
      name: 'an HMAC key, a NATS password and a cookie key read from the environment',
      path: 'internal/platform/clients.go',
      code: 'package platform\n\nimport (\n\t"os"\n\n\t"github.com/go-chi/jwtauth/v5"\n\t"github.com/gofiber/fiber/v2/middleware/encryptcookie"\n\t"github.com/nats-io/nats.go"\n)\n\nvar TokenAuth = jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)\nvar cookies = encryptcookie.Config{Key: os.Getenv("COOKIE_KEY")}\n\nfunc connect() (*nats.Conn, error) {\n\treturn nats.Connect(os.Getenv("NATS_URL"), nats.UserInfo("ledger", os.Getenv("NATS_PASSWORD")))\n}\n',
    },
    {
      name: 'an algorithm name before a non-HMAC value, a Login whose first argument is a context, a cache config key',
      path: 'internal/session/login.go',
      code: 'package session\n\nimport "github.com/gofiber/fiber/v2/middleware/cache"\n\nvar jwks = keyset.New("RS256", "https://auth.example.com/.well-known/jwks.json")\nvar pages = cache.Config{Key: "page:home"}\n\nfunc start(ctx context.Context, c *Client) error {\n\treturn c.Login(ctx, "alice")\n}\n',
    },
    {
      name: 'gRPC metadata pairs whose key names no credential, or whose value is read at run time',
      path: 'internal/client/ledger.go',
      code: 'package client\n\nimport (\n\t"context"\n\t"os"\n\n\t"google.golang.org/grpc/metadata"\n)\n\nfunc tag(ctx context.Context, id string) context.Context {\n\tctx = metadata.AppendToOutgoingContext(ctx, "x-request-id", id, "authorization-mode", "token")\n\treturn metadata.AppendToOutgoingContext(ctx, "x-api-key", os.Getenv("PARTNER_API_KEY"))\n}\n',
    },
    {
      name: 'API clients built from the environment, or from a literal that is no token (a region, a URL)',
      path: 'internal/server/mail.go',
      code: 'package server\n\nimport (\n\t"os"\n\n\t"github.com/sendgrid/sendgrid-go"\n)\n\nvar mail = sendgrid.NewSendClient(os.Getenv("SENDGRID_API_KEY"))\nvar geo = geocoder.NewClient("eu-west-1")\nvar hooks = webhooks.NewClient("https://hooks.example.com/v1")\n',
    },
    {
      name: "positional secrets from the environment: goth's provider, Mailgun, go-ora; a mail domain is no key",
      path: 'internal/auth/providers.go',
      code: 'package auth\n\nimport (\n\t"os"\n\n\t"github.com/mailgun/mailgun-go/v4"\n\t"github.com/markbates/goth/providers/github"\n\tgo_ora "github.com/sijms/go-ora/v2"\n)\n\nfunc setup() {\n\t_ = github.New(os.Getenv("GITHUB_KEY"), os.Getenv("GITHUB_SECRET"), "https://acme.example/auth/github/callback")\n\t_ = mailgun.NewMailgun("mg.acme.example", os.Getenv("MAILGUN_API_KEY"))\n\t_ = go_ora.BuildUrl(os.Getenv("ORA_HOST"), 1521, "BILLPDB", "REPORTS_RO", os.Getenv("ORA_PASSWORD"), nil)\n}\n',
    },
    {
      name: "Azure's SDK credentials from the environment; the account name and the tenant and client ids are no secrets",
      path: 'internal/storage/azure.go',
      code: 'package storage\n\nimport (\n\t"os"\n\n\t"github.com/Azure/azure-sdk-for-go/sdk/azidentity"\n\t"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"\n)\n\nfunc creds() {\n\t_, _ = azblob.NewSharedKeyCredential("acmearchive", os.Getenv("AZURE_STORAGE_KEY"))\n\t_, _ = azidentity.NewClientSecretCredential("0b6f1c9e-3a2d-4e5f-8a7b-9c0d1e2f3a4b", "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", os.Getenv("AZURE_CLIENT_SECRET"), nil)\n}\n',
    },
    {
      name: "chi's BasicAuth given passwords from the environment; InfluxDB's client given its token from the environment",
      path: 'internal/http/ingest.go',
      code: 'package http\n\nimport (\n\t"os"\n\n\t"github.com/go-chi/chi/v5/middleware"\n\tinfluxdb2 "github.com/influxdata/influxdb-client-go/v2"\n)\n\nvar auth = middleware.BasicAuth("telemetry", map[string]string{"device-fleet": os.Getenv("FLEET_PASSWORD")})\nvar points = influxdb2.NewClient("https://influx.acme.example:8086", os.Getenv("INFLUX_TOKEN"))\n',
    },
    {
      name: 'formats fed from the environment, and a format whose verb a phrase introduces',
      path: 'internal/db/open.go',
      code: 'package db\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar dsn = fmt.Sprintf("host=%s user=%s password=%s dbname=invoices", os.Getenv("DB_HOST"), "invoices", os.Getenv("DB_PASSWORD"))\nvar msg = fmt.Sprintf("Hello %s, your password is %s", "ops", "expired")\n',
    },
    {
      name: "a private key's passphrase read from the environment (x/crypto/ssh, PKCS#12)",
      path: 'internal/sftp/agent.go',
      code: 'package sftp\n\nimport (\n\t"os"\n\n\t"golang.org/x/crypto/pkcs12"\n\t"golang.org/x/crypto/ssh"\n)\n\nfunc signer(pem, p12 []byte) {\n\t_, _ = ssh.ParsePrivateKeyWithPassphrase(pem, []byte(os.Getenv("AGENT_KEY_PASSPHRASE")))\n\t_, _, _ = pkcs12.Decode(p12, os.Getenv("P12_PASSWORD"))\n}\n',
    },
  ],
  invalid: [
    {
      name: "a private key's passphrase where it is read: x/crypto/ssh, crypto/x509's DecryptPEMBlock, PKCS#12",
      path: 'internal/sftp/agent.go',
      code: 'package sftp\n\nimport (\n\t"crypto/x509"\n\t"encoding/pem"\n\n\tpkcs12 "software.sslmate.com/src/go-pkcs12"\n\t"golang.org/x/crypto/ssh"\n)\n\nfunc signer(key, p12 []byte, block *pem.Block) {\n\t_, _ = ssh.ParsePrivateKeyWithPassphrase(key, []byte(⟦"kQUiTTFEAQCNMgZoXD"⟧))\n\t_, _ = x509.DecryptPEMBlock(block, []byte(⟦"Yv3Lq8Zx2Mw7Rk4T"⟧))\n\t_, _, _ = pkcs12.Decode(p12, ⟦"Hd6Nc1Pw9Bt5Js3Q"⟧)\n}\n',
      messageIncludes: ['private key passphrase', 'PRIVATE_KEY_PASSPHRASE'],
    },
    {
      name: "a command run with a password in its words (os/exec's argument vector): mysqldump's attached -p, redis-cli's -a, sshpass's -p, a script handed to sh -c",
      path: 'internal/dump/nightly.go',
      code: 'package dump\n\nimport (\n\t"context"\n\t"os/exec"\n)\n\nfunc Nightly(ctx context.Context) {\n\t_ = exec.CommandContext(ctx, "mysqldump", "-u", "janitor", "-p⟦zq49L4B8zevAy4tp⟧", "orders").Run()\n\t_ = exec.Command("redis-cli", "-h", "cache", "-a", "⟦KmpC3dzZ44JqKw6Y⟧", "BGSAVE").Run()\n\t_ = exec.Command("sshpass", "-p", "⟦QYZXrVPPWUWR4HT5⟧", "rsync", "-az", "/var/backups/", "box:dumps/").Run()\n\t_ = exec.Command("sh", "-c", "PGPASSWORD=⟦7aBSnwCSh4r5Xxgv⟧ pg_dump -h ledger-db ledger | gzip > /tmp/l.gz").Run()\n}\n',
    },
    {
      name: "an item of a child process's environment named for a credential (cmd.Env)",
      path: 'internal/dump/analytics.go',
      code: 'package dump\n\nimport (\n\t"os"\n\t"os/exec"\n)\n\nfunc Analytics() error {\n\tcmd := exec.Command("pg_dump", "-h", "analytics-db", "analytics")\n\tcmd.Env = append(os.Environ(), "PGPASSWORD=⟦FXA6dgLzWPeWhvZp⟧")\n\treturn cmd.Run()\n}\n',
    },
    {
      name: "Algolia's search.NewClient(appID, apiKey) and Cloudinary's NewFromParams(cloud, key, secret)",
      path: 'internal/media/clients.go',
      code: 'package media\n\nimport (\n\t"github.com/algolia/algoliasearch-client-go/v3/algolia/search"\n\t"github.com/cloudinary/cloudinary-go/v2"\n)\n\nfunc clients() {\n\t_ = search.NewClient("K7PX2QJ9MV", ⟦"d4f6a8c1e3b5d7f9a2c4e6b8d0f1a3c5"⟧)\n\t_, _ = cloudinary.NewFromParams("newsroom", "512748390126483", ⟦"Kc8Vb2Nm6Qx4Lp9Tz1Rw3Ys7Hd"⟧)\n}\n',
    },
    {
      name: 'a lone access key with no secret in the file',
      path: 'internal/rates/fixer.go',
      code: 'package rates\n\nvar client = FixerClient{AccessKey: ⟦"9f3c2a7e1b4d6f8a0c5e2b7d9a1f3c6e"⟧}\n',
    },
    {
      name: "the string after a credential's long flag in an argument list (exec.Command)",
      path: 'internal/dump/dump.go',
      code: 'package dump\n\nimport "os/exec"\n\nfunc Run() error {\n\treturn exec.Command("mysqldump", "--user", "backup", "--password", ⟦"Xq7Lm2Vn9Rt4Wz8K"⟧, "shop").Run()\n}\n',
    },
    {
      name: "the password after a host, a port and a user, passed to the app's own mailer declared in another file",
      path: 'cmd/notifier/main.go',
      code: 'package main\n\nimport "example.com/notifier/internal/channels"\n\nfunc main() {\n\tmail := channels.NewMailer("smtp.example.com", 587, "alerts@example.com", ⟦"6dvCaD4hsEpX9EW0gWDR"⟧)\n\tmail.Run()\n}\n',
      messageIncludes: ['hardcoded password', 'channels.NewMailer'],
    },
    {
      name: 'a Basic authorization built from a literal user:password, and a token after an authorization scheme (a UUID there is a token)',
      path: 'internal/channels/pager.go',
      code: 'package channels\n\nimport (\n\t"encoding/base64"\n\t"net/http"\n)\n\nfunc sign(req *http.Request) {\n\treq.Header.Set("X-Basic", "Basic "+base64.StdEncoding.EncodeToString([]byte(⟦"pager:KNAHrg4BgFaAZl7PnXUm"⟧)))\n\treq.Header.Set("Authorization", ⟦"OAuth 548301fc-dab5-4877-93bf-c466cf0bbc0b"⟧)\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "a named header or query parameter written by a client's setter (OpenAPI AddDefaultHeader, resty SetHeader/SetQueryParam)",
      path: 'internal/ory/client.go',
      code: 'package ory\n\nimport (\n\tclient "github.com/ory/client-go"\n\t"github.com/go-resty/resty/v2"\n)\n\nfunc configure(conf *client.Configuration, r *resty.Client) {\n\tconf.AddDefaultHeader("Authorization", ⟦"Bearer ory_pat_TQLgmVRm1yUGnMzWbXoRdx8ZKyzp"⟧)\n\tr.SetHeader("X-Api-Key", ⟦"Ry4qVXkP2m8sWzJ9hTt6"⟧)\n\tr.SetQueryParam("api_key", ⟦"c81f20a93be44d7d9b0e5a52"⟧)\n\tr.SetHeader("Accept", "application/json")\n\tr.SetQueryParam("token_type", "bearer")\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "a package's option named for the credential it sets (nats.Token), kafka-go's SCRAM password, an OAuth 1 token's secret after the token",
      path: 'internal/stream/clients.go',
      code: 'package stream\n\nimport (\n\t"github.com/dghubble/oauth1"\n\t"github.com/nats-io/nats.go"\n\t"github.com/segmentio/kafka-go/sasl/scram"\n)\n\nfunc clients(url string) {\n\t_, _ = nats.Connect(url, nats.Token(⟦"5f6f48d1af1bb9f112fcd234c3d7d522"⟧), nats.Name("ingest-gateway"))\n\t_, _ = scram.Mechanism(scram.SHA512, "ingest", ⟦"qUfFoykP0CeN0Xb0Lqb0"⟧)\n\t_ = oauth1.NewToken("1458800230999605-BGS1XqQwccanHAAWyIuvSEhmJjh6vh", ⟦"11hULlg1bY5BRbdOdKj9KApgpGNoo48L41HR8hewGpmZ8"⟧)\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "gin-contrib/sessions' Redis store: the Redis password and the cookie key",
      path: 'internal/auth/session.go',
      code: 'package auth\n\nimport "github.com/gin-contrib/sessions/redis"\n\nfunc stores() {\n\t_, _ = redis.NewStore(10, "tcp", "redis:6379", ⟦"0Z98XQ6EzonnwmRlLb"⟧, []byte(⟦"h4rkSoWf5zrw1EpN1Ywedh6812IBBABz"⟧))\n\t_, _ = redis.NewStoreWithDB(10, "tcp", "redis:6379", "", "2", []byte(⟦"ZjUkuBDVNa6CK06UUuhqVGcF1gYglK1M"⟧))\n}\n',
      messageIncludes: ['redis.NewStore'],
    },
    {
      name: "Azure's SDK credentials: a storage account key after the account, a client secret after the tenant and client ids",
      path: 'internal/storage/azure.go',
      code: 'package storage\n\nimport (\n\t"github.com/Azure/azure-sdk-for-go/sdk/azidentity"\n\t"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"\n)\n\nfunc creds() {\n\t_, _ = azblob.NewSharedKeyCredential("acmearchive", ⟦"pX3vK9qL2mZ8tW4rN7bC1dF6gH0jS5aE+yU2iO9pQ4wR8tY3uI7oP1aS6dF0gH2jK5lZ9xC3vB7nM1qW4eR8tY=="⟧)\n\t_, _ = azidentity.NewClientSecretCredential("0b6f1c9e-3a2d-4e5f-8a7b-9c0d1e2f3a4b", "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", ⟦"Qx8~kP2vL9mZ4tW7rN1bC6dF3gH0jS5aE.yU2iO"⟧, nil)\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "secrets by position: goth's provider secret, Mailgun's API key, Postmark's server token, go-ora's password",
      path: 'internal/auth/providers.go',
      code: 'package auth\n\nimport (\n\t"github.com/mailgun/mailgun-go/v4"\n\t"github.com/markbates/goth/providers/github"\n\t"github.com/mrz1836/postmark"\n\tgo_ora "github.com/sijms/go-ora/v2"\n)\n\nfunc setup() {\n\t_ = github.New("Iv1.8a61f9b3c2d4e5f6", ⟦"4f2b9c1e7d3a8f6b0c5e2d9a1f4b7c3e8d6a0f2b"⟧, "https://acme.example/auth/github/callback")\n\t_ = mailgun.NewMailgun("mg.acme.example", ⟦"9c3e1f7a2b8d4e6f0a5c1b7d3e9f2a4c-8b2d4f6a-1c3e5a7b"⟧)\n\t_ = postmark.NewClient(⟦"7d1e4a9c-2b6f-4e3a-8c5d-0f9b1a2e6c4d"⟧, "")\n\t_ = go_ora.BuildUrl("billing-ora.internal", 1521, "BILLPDB", "REPORTS_RO", ⟦"Vx8-kQ2mLz7TpW4r"⟧, nil)\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: 'an API client built from one generated literal (sendgrid.NewSendClient)',
      path: 'internal/server/mail.go',
      code: 'package server\n\nimport "github.com/sendgrid/sendgrid-go"\n\nvar mail = sendgrid.NewSendClient(⟦"qMLKWuw4kGDL6Ia6IJWpUr"⟧)\n',
      messageIncludes: ['API token', 'sendgrid.NewSendClient'],
    },
    {
      name: 'the value after a credential-named key in gRPC metadata pairs',
      path: 'internal/client/ledger.go',
      code: 'package client\n\nimport (\n\t"context"\n\n\t"google.golang.org/grpc/metadata"\n)\n\nfunc tag(ctx context.Context) context.Context {\n\tmd := metadata.Pairs("x-client", "payments", "x-api-key", ⟦"Ygtgn2IUL6OdHXH5pu96Vbc1"⟧)\n\treturn metadata.AppendToOutgoingContext(metadata.NewOutgoingContext(ctx, md), "x-partner-token", ⟦"s2FCOxNsc5Y1JFaOuGPXea6nqShh"⟧)\n}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "a package variable returned by golang-jwt's key function, whatever its name says",
      path: 'cmd/gateway/main.go',
      code: 'package main\n\nimport "github.com/golang-jwt/jwt/v5"\n\nvar verifyKey = []byte(⟦"YvwXeB5Sviv0AilCtBPR"⟧)\n\nfunc authorize(raw string) error {\n\t_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return verifyKey, nil })\n\treturn err\n}\n',
      messageIncludes: ['JWT signing key'],
    },
    {
      name: "the key after an HMAC algorithm name (go-chi's jwtauth.New)",
      path: 'internal/platform/auth.go',
      code: 'package platform\n\nimport "github.com/go-chi/jwtauth/v5"\n\nvar TokenAuth = jwtauth.New("HS256", []byte(⟦"qPwDzfP2Ax2rizmVJeND"⟧), nil)\n',
      messageIncludes: ['HMAC signing key', 'jwtauth.New'],
    },
    {
      name: 'the password of a (user, password) call: nats.UserInfo, a BasicAuth helper',
      path: 'internal/events/bus.go',
      code: 'package events\n\nimport "github.com/nats-io/nats.go"\n\nfunc connect(cfg Config) (*nats.Conn, error) {\n\tclient.BasicAuth(cfg.Username, ⟦"roJHDuuo9OMzRM5M"⟧)\n\treturn nats.Connect("nats://nats:4222", nats.UserInfo("ledger", ⟦"L4oWTCbDJP6OzdjjfZH8y701"⟧))\n}\n',
      messageIncludes: ['hardcoded password', 'os.Getenv('],
    },
    {
      name: "the Key of an encryption package's generic Config (fiber's encryptcookie)",
      path: 'internal/http/cookies.go',
      code: 'package http\n\nimport "github.com/gofiber/fiber/v2/middleware/encryptcookie"\n\nvar cookies = encryptcookie.Config{Key: ⟦"B7kF82OaMNHnM7lECguUvGiw20ZE5XIltHG+57sZdpw="⟧}\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "a user-to-password map handed to chi's BasicAuth; InfluxDB's client token after its URL",
      path: 'internal/http/ingest.go',
      code: 'package http\n\nimport (\n\t"github.com/go-chi/chi/v5/middleware"\n\tinfluxdb2 "github.com/influxdata/influxdb-client-go/v2"\n)\n\nvar auth = middleware.BasicAuth("telemetry", map[string]string{"device-fleet": ⟦"Hn4xQ9vLm2TzK7wPq8"⟧})\nvar points = influxdb2.NewClient("https://influx.acme.example:8086", ⟦"Qx7vLm2TzK9wRp4NcY8bHs3JdF6gA1eUq0Wm5Zr2Lk8Tn4Vb7Xc1Pa9Sd3Fg6Hj2Kl5Zx8Cv1Bn4Mq7We0Rt3Yu6Io9PaSd=="⟧)\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: "a literal in a format's password slot (fmt.Sprintf), and under client_secret in url.Values",
      path: 'internal/db/open.go',
      code: 'package db\n\nimport (\n\t"fmt"\n\t"net/url"\n\t"os"\n)\n\nvar dsn = fmt.Sprintf("host=%s user=%s password=%s dbname=invoices", os.Getenv("DB_HOST"), "invoices", ⟦"Qx7vLm2TzK9wRp4NcY8b"⟧)\nvar form = url.Values{"grant_type": {"client_credentials"}, "client_secret": {⟦"Vq8xLm2TzK7wRp4NcY9bHs3JdF6gA1eUq0Wm5Zr2"⟧}}\n',
      messageIncludes: ['Factor III'],
    },
  ],
};
