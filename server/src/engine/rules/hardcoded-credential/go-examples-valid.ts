// Go examples that must stay silent: the false positives a reviewer would call clearly fine.
import type { ValidExample } from '../../rule';

export const goValidExamples: ValidExample[] = [
  {
    name: "Kubernetes annotation keys under a name ending in Key: a DNS prefix and a name",
    path: 'pkg/k8s.io/api/core/v1/annotation_key_constants.go',
    code: 'package v1\n\nconst (\n\tImagePolicyFailedOpenKey string = "alpha.image-policy.k8s.io/failed-open"\n\tSeccompPodAnnotationKey string = "seccomp.security.alpha.kubernetes.io/pod"\n)\n',
  },
  {
    name: "a forum topic's link in help text: Discourse's /t/<slug>/<id>, not a conda channel's token",
    path: 'cmd/mountlib/help.go',
    code: 'package mountlib\n\nconst help = `\nsee [rclone not serving files to samba](https://forum.rclone.org/t/rclone-1-39-vs-1-40-mount-issue/5112)\n`\n',
  },
  {
    name: "an algorithm's name under a credential's name: a signature scheme, a MAC, a cipher transformation",
    path: 'openstack/identity/v3/extensions/ec2tokens/requests.go',
    code: `package ec2tokens

const (
\tEC2CredentialsAwsHmacV4 = "AWS4-HMAC-SHA256"
\tEC2CredentialsHmacV2    = "HmacSHA256"
\tSecretKeyTransform      = "RSA/ECB/OAEPPadding"
)
`,
  },
  {
    name: "a request signer's header names (camel humps, a digest's bits) and a query parameter written with its separator",
    path: 'aws/signer/v4/const.go',
    code: `package v4

const (
\tAmzSignedHeadersKey = "X-Amz-SignedHeaders"
\tContentSHAKey       = "X-Amz-Content-Sha256"
)

func buildCredentialParam(scope string) string {
\tconst credential = "Credential="
\treturn credential + scope
}
`,
  },
  {
    name: "an option table's names, shortened (etcd's token options)",
    path: 'auth/options.go',
    code: `package auth

const (
\toptSignMethod = "sign-method"
\toptPublicKey  = "pub-key"
\toptPrivateKey = "priv-key"
)
`,
  },
  {
    name: "a generated SDK's operation names and an enum's variants, each spelled after its kind",
    path: 'service/vault/api.go',
    code: `package vault

const opGetSecretValue = "GetSecretValue"
const opCreateApiKey = "CreateApiKey"

const (
	ContactStatusPrepass  = "PREPASS"
	ContactStatusPostpass = "POSTPASS"
	PermissionGetTemporaryCredentials = "GetTemporaryCredentials"
)
`,
  },
  {
    name: "options named for a credential given the environment; an option that names no credential; header names set to their values from variables",
    path: 'internal/stream/nats.go',
    code: `package stream

import (
	"os"

	"github.com/go-resty/resty/v2"
	"github.com/nats-io/nats.go"
)

func connect(url string, r *resty.Client, token string) {
	_, _ = nats.Connect(url, nats.Token(os.Getenv("NATS_TOKEN")), nats.Name("ingest-gateway-primary"))
	r.SetHeader("Authorization", "Bearer "+token)
	r.SetHeader("X-Request-Source", "ingest-gateway-primary")
}
`,
  },
  {
    name: 'the names of the header and gRPC metadata key a credential travels in',
    path: 'internal/auth/pin.go',
    code: `package auth

const (
	headerAPIKey  = "X-Wallet-Api-Key"
	metadataToken = "authorization"
	proxyToken    = "x-proxy-auth-token"
)
`,
  },
  {
    name: 'a variable passed to a secret API counts in its own scope only',
    path: 'web/keys.go',
    code: `package web

import "crypto/hmac"

func sign(key []byte, body []byte) []byte {
\treturn hmac.New(sha256.New, key).Sum(body)
}

func cacheKey(id string) string {
\tkey := "user-profile-v2"
\treturn key + id
}
`,
  },
  {
    name: 'env reads, struct tags, field names and labels',
    path: 'config/config.go',
    code: `package config

import "os"

type Config struct {
\tPassword string \`json:"password" env:"DB_PASSWORD"\`
\tAPIKey   string \`yaml:"api_key"\`
}

// A secret's name in AWS Secrets Manager, no AppRole login beside it.
type Rotation struct {
\tSecretID string \`envconfig:"DB_SECRET_ID" default:"prod/ledger/db-8f2Kq7"\`
}

const passwordEnv = "DB_PASSWORD"
const passwordField = "password"

func Load() Config {
\treturn Config{Password: os.Getenv("DB_PASSWORD"), APIKey: os.Getenv("API_KEY")}
}

var labels = map[string]string{"password": "Password", "token": "Enter your token"}
`,
  },
  {
    name: 'placeholders',
    path: 'config/defaults.go',
    code: `package config

const password = "changeme"
const apiKey = "<your-api-key>"
var tmpl = fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)
`,
  },
  {
    name: 'a non-secret env fallback and a helper default',
    path: 'main.go',
    code: `package main

import "os"

func main() {
\tport := os.Getenv("PORT")
\tif port == "" {
\t\tport = "8080"
\t}
\tenv := getEnv("APP_ENV", "development")
\t_ = env
}
`,
  },
  {
    name: 'HTML form labels and messages',
    path: 'web/forms.go',
    code: `package web

const loginForm = \`<label for="password">Password</label><input type="password" name="password">\`

var errInvalidPassword = errors.New("invalid password")
var passwordHint = "Password must be at least 8 characters"
`,
  },
  {
    name: 'session cookie store keys from the environment; a request token from a header',
    path: 'web/session.go',
    code: `package web

import "github.com/gorilla/sessions"

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func auth(r *http.Request) string {
\ttoken := r.Header.Get("Authorization")
\treturn token
}
`,
  },
  {
    name: "an SDK's paginator, its INI lookups and constants named for what they hold, not secrets",
    path: 'aws/session/shared_config.go',
    code: `package session

import "github.com/aws/aws-sdk-go/aws/request"

const (
\ts3UsEast1RegionalSharedKey = \`s3_us_east_1_regional_endpoint\`
\theaderSessionSharedKey     = "X-Docker-Expose-Session-Sharedkey"
\tHeaderXCSRFToken           = "X-CSRF-Token"
)

// SecretType is the kind of secret a key manager stores.
type SecretType string

const (
\tSymmetricSecret SecretType = "symmetric"
\tOpaqueSecret    SecretType = "opaque"
)

func listPages() *request.Paginator {
\treturn &request.Paginator{InputTokens: []string{"NextToken"}, LimitToken: "MaxResults", TruncationToken: ""}
}

func load(sections ini.Sections, profile string) string {
\tiniProfile, _ := sections.GetSection(profile)
\tsecret := iniProfile.String("aws_secret_access_key")
\treturn secret
}
`,
  },
];
