// Go shapes real code keeps credentials in beyond plain consts and struct literals: flag defaults,
// struct-tag defaults, signers called on a chain, mail dialers, JWT middleware. Generated values.
import type { Examples } from '../../rule';

export const goShapeExamples: Examples = {
  valid: [
    {
      name: "a struct written in place whose field says nothing of a credential, whatever it is bound to",
      path: 'internal/site/site.go',
      code: 'package site\n\nvar forum = struct {\n\tCommunity string\n\tTagline   string\n}{"Gophers of Lisbon", "Meet every Tuesday"}\n',
    },
    {
      name: "a switch case beside a read of a variable that names no credential",
      path: 'internal/config/region.go',
      code: 'package config\n\nimport "os"\n\nfunc Region(env string) string {\n\tswitch env {\n\tcase "prod":\n\t\treturn "eu-west-1"\n\tdefault:\n\t\treturn os.Getenv("AWS_REGION")\n\t}\n}\n',
    },
    {
      name: "unkeyed literals whose field names no credential, or of an imported type (fields unknown)",
      path: 'internal/probe/ui.go',
      code: 'package probe\n\nimport "github.com/acme/auth"\n\ntype Endpoint struct {\n\tHost string\n\tPort int\n}\n\nvar core = Endpoint{"10.20.0.1", 22}\n\nvar ui = struct {\n\tTitle, PasswordLabel string\n}{"Netprobe", "Device password"}\n\nvar login = auth.Login{"ops", "Xq8vTz2LkR7xWp4NbH9c"}\n',
    },
    {
      name: 'a list of banned passwords (typed, not a settings row), rows of field labels, a bare token variable holding a UUID',
      path: 'internal/auth/policy.go',
      code: 'package auth\n\nvar banned = []string{"password", "123456"}\n\nvar fields = []struct{ Name, Label string }{\n\t{"password", "Password"},\n\t{"api_token", "X-Api-Token"},\n}\n\nfunc f() {\n\ttoken := "0e811177-5c70-4b15-b47f-fdb577764346"\n\treq := Request{Token: "0e811177-5c70-4b15-b47f-fdb577764346"}\n\t_, _ = token, req\n}\n',
    },
    {
      name: "kingpin flags whose default names no credential, or whose password has no default",
      path: 'main.go',
      code: 'package main\n\nimport "github.com/alecthomas/kingpin/v2"\n\nvar (\n\tlisten   = kingpin.Flag("web.listen-address", "Address.").Default(":9104").String()\n\tpassword = kingpin.Flag("mysql.password", "MySQL password.").Envar("MYSQL_PASSWORD").String()\n)\n',
    },
    {
      name: "a JWT middleware keyed from the environment; its IdentityKey (a claim's name) and Realm are no keys, whatever constant holds them",
      path: 'middleware/auth.go',
      code: 'package middleware\n\nimport (\n\t"os"\n\n\tjwt "github.com/appleboy/gin-jwt/v2"\n)\n\nconst (\n\tidentityKey = "identity key"\n\trealm       = "realm"\n)\n\nfunc Auth() (*jwt.GinJWTMiddleware, error) {\n\treturn jwt.New(&jwt.GinJWTMiddleware{Realm: realm, Key: []byte(os.Getenv("JWT_SECRET")), IdentityKey: identityKey})\n}\n',
    },
    {
      name: 'flags without a default, or whose name is no credential',
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport "flag"\n\nfunc main() {\n\tpw := flag.String("db-password", "", "database password")\n\thost := flag.String("host", "localhost", "listen host")\n\tmode := flag.String("auth-mode", "basic", "how to authenticate")\n\t_, _, _ = pw, host, mode\n}\n',
    },
    {
      name: 'struct tags that name the variable, or default to a placeholder or an empty value',
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tDBPassword string `env:"DB_PASSWORD,required"`\n\tToken      string `default:"changeme"`\n\tSecret     string `json:"secret" default:""`\n\tHost       string `default:"localhost"`\n}\n',
    },
    {
      name: "cleanenv's required and described variables, a sethvargo default that is a placeholder, an env tag naming only its variable",
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tCookieSecret string `env:"COOKIE_SECRET" env-required:"true"`\n\tSMTPPassword string `env:"SMTP_PASSWORD" env-description:"SMTP password, from the secret store"`\n\tStripeKey    string `env:"STRIPE_SECRET_KEY, default=sk_test_replace_me"`\n\tDBPassword   string `env:"DB_PASSWORD, required"`\n}\n',
    },
    {
      name: "go-ini: a key read without a default, a default that is empty or a placeholder, a default of a key that names no credential",
      path: 'internal/settings/settings.go',
      code: 'package settings\n\nimport "gopkg.in/ini.v1"\n\nfunc load(cfg *ini.File) (string, string, string, string) {\n\tsec := cfg.Section("ldap")\n\treturn sec.Key("bind_password").String(), sec.Key("api_token").MustString(""), sec.Key("client_secret").MustString("changeme"), sec.Key("listen").MustString(":8081")\n}\n',
    },
    {
      name: "gosnmp's stock community, a community read from the options, a forum's community",
      path: 'internal/poller/snmp.go',
      code: 'package poller\n\nimport "github.com/gosnmp/gosnmp"\n\nfunc lab(host string, o Options) []any {\n\treturn []any{&gosnmp.GoSNMP{Target: host, Community: "public"}, &gosnmp.GoSNMP{Target: host, Community: o.Community}, Forum{Community: "gophers-eu"}}\n}\n',
    },
    {
      name: 'a credential field compared with a state word',
      path: 'internal/users/reset.go',
      code: 'package users\n\nfunc needsReset(u User) bool {\n\treturn u.Password == "reset" || u.Token == "expired"\n}\n',
    },
    {
      name: 'constant-time compares of two values, a key compared with a header name, a publishable key under an API key name',
      path: 'internal/auth/basic.go',
      code: 'package auth\n\nimport (\n\t"crypto/subtle"\n\t"net/http"\n)\n\nvar stripeKeys = Keys{APIKey: "pk_live_51QGYgcCF19Bsjvk7zlpee9MO5EL3bi4UQeR8Vs9nJRH3"}\n\nfunc ok(r *http.Request, expected string) bool {\n\t_, pass, _ := r.BasicAuth()\n\tfor key := range r.Header {\n\t\tif key == "Content-Type" {\n\t\t\tcontinue\n\t\t}\n\t}\n\treturn pass != "" && subtle.ConstantTimeCompare([]byte(pass), []byte(expected)) == 1\n}\n',
    },
    {
      name: 'basic-auth users, signing keys, SSH and Redis passwords read from the environment; a cache key; one-argument Bind',
      path: 'internal/server/server.go',
      code: 'package server\n\nimport (\n\t"os"\n\n\tjwtware "github.com/gofiber/contrib/jwt"\n\t"github.com/gofiber/fiber/v2/middleware/basicauth"\n\t"github.com/gomodule/redigo/redis"\n\t"golang.org/x/crypto/ssh"\n)\n\nvar users = basicauth.Config{Users: map[string]string{"admin": os.Getenv("ADMIN_PASSWORD")}}\nvar signing = jwtware.SigningKey{JWTAlg: "HS256", Key: []byte(os.Getenv("JWT_SECRET"))}\nvar entry = cache.Entry{Key: "user:1", Value: "cached"}\n\nfunc dial(c echo.Context, req any) {\n\t_ = c.Bind(&req)\n\t_ = ssh.Password(os.Getenv("SSH_PASSWORD"))\n\t_, _ = redis.Dial("tcp", ":6379", redis.DialPassword(os.Getenv("REDIS_PASSWORD")))\n}\n',
    },
    {
      name: 'setters of names and hashes, a key function and a cipher that read the environment',
      path: 'internal/device/mqtt.go',
      code: 'package device\n\nimport (\n\t"crypto/aes"\n\t"os"\n\n\tmqtt "github.com/eclipse/paho.mqtt.golang"\n\t"github.com/golang-jwt/jwt/v5"\n)\n\nfunc connect(tok string) {\n\topts := mqtt.NewClientOptions()\n\topts.SetUsername("device")\n\topts.SetClientID("device-42")\n\topts.SetPassword(os.Getenv("MQTT_PASSWORD"))\n\t_, _ = jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) { return []byte(os.Getenv("JWT_SECRET")), nil })\n\t_, _ = aes.NewCipher([]byte(os.Getenv("ENCRYPTION_KEY")))\n\tfmt.Println(func() (string, error) { return "done", nil })\n}\n',
    },
    {
      name: 'cloud clients fed from the environment',
      path: 'internal/storage/oss.go',
      code: 'package storage\n\nimport (\n\t"os"\n\n\t"github.com/aliyun/aliyun-oss-go-sdk/oss"\n\t"github.com/qiniu/go-sdk/v7/auth/qbox"\n)\n\nfunc clients() {\n\t_, _ = oss.New("oss-cn-hangzhou.aliyuncs.com", os.Getenv("OSS_KEY_ID"), os.Getenv("OSS_KEY_SECRET"))\n\t_ = qbox.NewMac(os.Getenv("QINIU_AK"), os.Getenv("QINIU_SK"))\n}\n',
    },
    {
      name: 'urfave/cli flags: a secret flag read from the environment, a non-secret flag with a default',
      path: 'cmd/s3mirror/main.go',
      code: 'package main\n\nimport "github.com/urfave/cli/v2"\n\nvar flags = []cli.Flag{\n\t&cli.StringFlag{Name: "secret-key", EnvVars: []string{"S3_SECRET_KEY"}},\n\t&cli.StringFlag{Name: "endpoint", Value: "https://s3.example.com"},\n\t&cli.StringFlag{Name: "region", Value: "ZoZVTn4Is7Tr9dmFSKzjRwCX"},\n}\n',
    },
    {
      name: 'pointer and input helpers around values that are no credential, or around a secret read from config',
      path: 'main.go',
      code: 'package main\n\nfunc args(cfg *config.Config) *rds.InstanceArgs {\n\treturn &rds.InstanceArgs{\n\t\tEngine:   pulumi.String("postgres"),\n\t\tUsername: pulumi.String("orders_admin"),\n\t\tPassword: cfg.RequireSecret("dbPassword"),\n\t\tDBName:   aws.String("orders"),\n\t}\n}\n',
    },
    {
      name: "returned literals under names that are no credential (a header's name, a policy's text), a getter that reads the environment, generated getters' empty zero value",
      path: 'internal/partner/keys.go',
      code: 'package partner\n\nimport "os"\n\nfunc tokenHeader() string { return "X-Partner-Token" }\n\nfunc PasswordPolicy() string {\n\treturn "at least 12 characters, one digit"\n}\n\nfunc (c *Client) Token() string { return os.Getenv("PARTNER_TOKEN") }\n\nfunc (x *Login) GetPassword() string {\n\tif x != nil {\n\t\treturn x.Password\n\t}\n\treturn ""\n}\n\nvar title = sync.OnceValue(func() string { return "Partner settings" })\n',
    },
    {
      name: "a tag default that is a note in parentheses, kong's env option without a default, a first-non-empty call choosing between reads",
      path: 'cmd/dbsnap/main.go',
      code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/samber/lo\"\n)\n\nvar CLI struct {\n\tPasscode string `help:\"Passcode hint shown in the prompt.\" default:\"(six digits)\"`\n\tToken    string `kong:\"env='SNAP_WEBHOOK_TOKEN',help='Token sent to the webhook.'\"`\n}\n\nvar key = lo.CoalesceOrEmpty(os.Getenv(\"API_KEY\"), os.Getenv(\"LEGACY_API_KEY\"), \"\")\n",
    },
    {
      name: "a lone `pass` with no user beside it: a boarding pass, a test's outcome",
      path: 'internal/board/board.go',
      code: "package board\n\nfunc Print() string {\n\tgate := \"B12\"\n\tpass := \"Economy Plus\"\n\treturn gate + pass\n}\n",
    },
    {
      name: 'URLs built by + whose later pieces hold no literal password',
      path: 'internal/store/db.go',
      code: 'package store\n\nfunc dsn(host string) string {\n\treturn "postgres://" + host + "/yard?sslmode=require&password=" + os.Getenv("YARD_DB_PASSWORD")\n}\n\nfunc label(id string) string {\n\treturn "order " + id + "?password=reset"\n}\n',
    },
  ],
  invalid: [
    {
      name: "a lone `pass` or `pw` written beside a user: declared together or in the same block",
      path: 'cmd/dump/main.go',
      code: "package main\n\nfunc dsn() string {\n\tuser := \"openemr\"\n\tpass := ⟦\"Ty6Rq2Wm9Nz4Kx8Lp3Vb\"⟧\n\tvar login, pw = \"report\", ⟦\"Hb7nWq2ZrT5xKm9pLs4d\"⟧\n\treturn user + pass + login + pw\n}\n",
    },
    {
      name: "a struct written in place, unkeyed: its field named by the variable it is bound to (an SNMP community)",
      path: 'internal/probe/targets.go',
      code: 'package probe\n\nvar snmp = struct {\n\tCommunity string\n\tVersion   string\n}{⟦"uWwmxQ5O2E1UMYxL"⟧, "2c"}\n',
      messageIncludes: ['SNMP community'],
    },
    {
      name: "a switch case returning a literal where another case returns a read of a credential's env var",
      path: 'internal/config/keys.go',
      code: 'package config\n\nimport "os"\n\nfunc Key(env string) string {\n\tswitch env {\n\tcase "prod":\n\t\treturn ⟦"Zb3397f3c6c3809d44db07a7434a5912831f4"⟧\n\tdefault:\n\t\treturn os.Getenv("ENCRYPTION_KEY")\n\t}\n}\n',
      messageIncludes: ['ENCRYPTION_KEY'],
    },
    {
      name: "a function's or method's returned literal named by the function (as Java's and PHP's getters), the first of several, and a function literal bound through sync.OnceValue",
      path: 'internal/partner/keys.go',
      code: 'package partner\n\nimport (\n\t"os"\n\t"sync"\n)\n\nfunc partnerAPIKey() string {\n\treturn ⟦"ptk_9Qm2Xv7Tc4Lw8Rb3Zn6Ks1HdYe5"⟧\n}\n\nfunc (c *Client) GetWebhookSecret() (string, error) {\n\tif s := os.Getenv("PARTNER_WEBHOOK_SECRET"); s != "" {\n\t\treturn s, nil\n\t}\n\treturn ⟦"whs_3d9f8b2a7c6e1f4a0b5d8c2e7f9a1b3c"⟧, nil\n}\n\nvar signingKey = sync.OnceValue(func() []byte {\n\treturn []byte(⟦"c7e2a9f41b8d3065e4f7a2c9d1b6e803"⟧)\n})\n',
    },
    {
      name: 'unkeyed literals of struct types: a declared type, elided in a slice, and an anonymous struct',
      path: 'internal/probe/targets.go',
      code: 'package probe\n\ntype Login struct {\n\tUser     string\n\tPassword string\n}\n\nvar admin = Login{"admin", ⟦"Tq8vXz2LkR7xWp4NbH9c"⟧}\n\nvar fallbacks = []Login{\n\t{"ops", ⟦"Vq8vXz2LkR7xWp4NbH9c"⟧},\n\t{"readonly", "changeme"},\n}\n\nvar relay = struct{ User, Token string }{"relay", ⟦"Kq8vXz2LkR7xWp4NbH9cYs3Fd6Gj"⟧}\n',
      messageIncludes: ['hardcoded'],
    },
    {
      name: "a settings table's row of name and value; a UUID as the Token of a client's config (Consul ACL tokens)",
      path: 'internal/config/defaults.go',
      code: 'package config\n\nimport consul "github.com/hashicorp/consul/api"\n\nvar defaults = []struct{ Key, Value string }{\n\t{"db.host", "localhost"},\n\t{"db.password", ⟦"Lq8vT3mZx2Rk9PwN"⟧},\n}\n\nfunc Register() {\n\tcfg := consul.DefaultConfig()\n\tcfg.Token = ⟦"3f2b8c1e-7a4d-4e9b-a6c2-5d8e1f0b9a37"⟧\n\t_, _ = consul.NewClient(cfg)\n\t_ = &consul.QueryOptions{Token: ⟦"9c4e2a7b-1d3f-4b8e-8a5c-6e2d0f1b7c94"⟧}\n}\n',
    },
    {
      name: "a kingpin flag's chained default, named by the flag at the head of the chain",
      path: 'main.go',
      code: 'package main\n\nimport "github.com/alecthomas/kingpin/v2"\n\nvar password = kingpin.Flag("mysql.password", "MySQL password.").Envar("MYSQL_PASSWORD").Default(⟦"pwkzPZlNj3ePSBsj9N8U4fFB"⟧).String()\n',
      messageIncludes: ['mysql.password flag'],
    },
    {
      name: "the literal after a pair's public half (Braintree's public key), whatever the SDK",
      path: 'internal/payments/gateway.go',
      code: 'package payments\n\nfunc gateway(merchantID, publicKey string) *Gateway {\n\treturn braintree.New(braintree.Production, merchantID, publicKey, ⟦"ce3578dcb9e0eba03a7064a20193e0c3"⟧)\n}\n',
      messageIncludes: ['braintree.New'],
    },
    {
      name: 'the default of a credential flag (flag, pflag through cmd.Flags())',
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport "flag"\n\nfunc main() {\n\tpw := flag.String("db-password", ⟦"HeBNdVWToSuMzH"⟧, "database password")\n\tflag.StringVar(&secret, "jwt-secret", ⟦"hJx5RRmQpVsTfr"⟧, "signing secret")\n\tcmd.Flags().StringVarP(&token, "api-token", "t", ⟦"65YFMPBPsGaUTD"⟧, "API token")\n\t_ = pw\n}\n',
      messageIncludes: ['Factor III', 'flag"'],
    },
    {
      name: 'struct-tag defaults (caarlos0/env envDefault, creasty/defaults default)',
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tDBPassword string `env:"DB_PASSWORD" default:"⟦Y9H9brAdZiyCae⟧"`\n\tJWTSecret  string `json:"jwt_secret" envDefault:"⟦kUtRj4DZw6QKQH⟧"`\n}\n',
      messageIncludes: ['efault`"', 'os.Getenv('],
    },
    {
      name: "alecthomas/kong's own tag: a `default='…'` option among its `name='value'` options",
      path: 'cmd/dbsnap/main.go',
      code: "package main\n\nvar CLI struct {\n\tToken string `kong:\"env='SNAP_WEBHOOK_TOKEN',default='⟦Wm3qRx8NvT2kLz7pHc4bJd9F⟧',help='Token sent to the webhook.'\"`\n}\n",
    },
    {
      name: 'struct-tag defaults of cleanenv (env-default) and sethvargo/go-envconfig (a default= option of the env tag)',
      path: 'internal/config/config.go',
      code: 'package config\n\ntype Config struct {\n\tPassword string `yaml:"password" env:"PG_PASSWORD" env-default:"⟦liDq39UjTreCKjbn⟧"`\n\tWebhookSecret string `env:"WEBHOOK_SECRET, default=⟦Lx0iOYamBYMkGqpu⟧"`\n}\n',
      messageIncludes: ['efault`"', 'os.Getenv('],
    },
    {
      name: "go-ini: a key's default (MustString), a value written to a key (SetValue, NewKey), each named by the key",
      path: 'internal/settings/settings.go',
      code: 'package settings\n\nimport "gopkg.in/ini.v1"\n\nfunc load(cfg *ini.File) string {\n\tsec := cfg.Section("photos")\n\tsec.Key("bind_password").SetValue(⟦"Kq3vT8xK2pLw9RzN"⟧)\n\t_, _ = sec.NewKey("client_secret", ⟦"Zp4mW7nQ1sXv8LtR"⟧)\n\treturn sec.Key("api_token").MustString(⟦"CQtFRrY5lD4tPlLE"⟧)\n}\n',
    },
    {
      name: "gosnmp's session with a generated community (the type names the field SNMP's)",
      path: 'internal/poller/snmp.go',
      code: 'package poller\n\nimport "github.com/gosnmp/gosnmp"\n\nfunc core(host string) *gosnmp.GoSNMP {\n\treturn &gosnmp.GoSNMP{Target: host, Port: 161, Version: gosnmp.Version2c, Community: ⟦"bkypyg708Bs9ONzH"⟧}\n}\n',
      messageIncludes: ['SNMP community'],
    },
    {
      name: "envconfig defaults of Vault's AppRole login: the secret ID beside the role ID (the tag's variable names the fix)",
      path: 'internal/config/vault.go',
      code: 'package config\n\ntype Vault struct {\n\tAddr     string `envconfig:"VAULT_ADDR" default:"https://vault.internal:8200"`\n\tRoleID   string `envconfig:"VAULT_ROLE_ID" default:"backup-agent"`\n\tSecretID string `envconfig:"VAULT_SECRET_ID" default:"⟦6f1c2b9e-4d7a-4e3b-9a85-2c7d1e0f4b6a⟧"`\n}\n',
      messageIncludes: ['secret ID', 'VAULT_SECRET_ID'],
    },
    {
      name: "gin-jwt's middleware keyed by a constant that only restates its name (probe22b D): `Key: []byte(secretKey)` signs every token with it",
      path: 'middleware/auth.go',
      code: 'package middleware\n\nimport jwt "github.com/appleboy/gin-jwt/v2"\n\nconst secretKey = ⟦"secret key"⟧\n\nfunc Auth() (*jwt.GinJWTMiddleware, error) {\n\treturn jwt.New(&jwt.GinJWTMiddleware{Realm: "todo zone", Key: []byte(secretKey)})\n}\n',
      severity: 'warning',
      messageIncludes: ['JWT signing key', 'os.Getenv("JWT_SECRET")'],
    },
    {
      name: 'a signing key passed to SignedString on a chain, and to echo\'s JWT middleware',
      path: 'internal/auth/token.go',
      code: 'package auth\n\nimport (\n\t"github.com/golang-jwt/jwt/v5"\n\t"github.com/labstack/echo/v4/middleware"\n)\n\nfunc sign(c jwt.MapClaims) (string, error) {\n\te.Use(middleware.JWT([]byte(⟦"VA9y5ujE8GCEVE"⟧)))\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(⟦"YjbyqsEodbr9WS"⟧))\n}\n',
      messageIncludes: ['JWT signing key'],
    },
    {
      name: 'a gomail dialer\'s password',
      path: 'internal/mail/mail.go',
      code: 'package mail\n\nimport "gopkg.in/gomail.v2"\n\nvar dialer = gomail.NewDialer("smtp.shop.io", 587, "orders@shop.io", ⟦"LCrMQ96JqhBtKE"⟧)\n',
      messageIncludes: ['passed to gomail.NewDialer', 'os.Getenv("SMTP_PASSWORD")'],
    },
    {
      name: 'a password checked by a constant-time compare, a random key compared with ==',
      path: 'internal/auth/basic.go',
      code: 'package auth\n\nimport (\n\t"crypto/subtle"\n\t"net/http"\n)\n\nfunc ok(r *http.Request) bool {\n\tuser, pass, _ := r.BasicAuth()\n\tif r.URL.Query().Get("key") == ⟦"JZHNWPiFfZtwKiPQlTCNuHZX"⟧ {\n\t\treturn true\n\t}\n\tkey := r.Header.Get("X-Api-Key")\n\treturn key == ⟦"kYioaLIWjoTMA7Cm5e1ViT4H"⟧ || (user == "ops" && subtle.ConstantTimeCompare([]byte(pass), []byte(⟦"6P3e2D5wShJZQ2"⟧)) == 1)\n}\n',
      messageIncludes: ['os.Getenv('],
    },
    {
      name: "fiber's basic-auth users, a key field of a signing-key type, SSH, redigo and LDAP passwords",
      path: 'internal/server/server.go',
      code: 'package server\n\nimport (\n\tjwtware "github.com/gofiber/contrib/jwt"\n\t"github.com/gofiber/fiber/v2/middleware/basicauth"\n\t"github.com/gomodule/redigo/redis"\n\t"golang.org/x/crypto/ssh"\n)\n\nvar users = basicauth.Config{Users: map[string]string{"admin": ⟦"pwrvLbYINp5iwA"⟧}}\nvar signing = jwtware.SigningKey{Key: []byte(⟦"PWCvsgENEeFgvu"⟧)}\n\nfunc dial(conn *ldap.Conn) {\n\t_ = ssh.Password(⟦"54exBlV6mnxvDN"⟧)\n\t_, _ = redis.Dial("tcp", ":6379", redis.DialPassword(⟦"y8Sm5xvW41MFP1"⟧))\n\t_ = conn.Bind("cn=sync,dc=acme,dc=io", ⟦"Xd9gG7QicMosHQ"⟧)\n}\n',
      messageIncludes: ['os.Getenv('],
    },
    {
      name: "a credential setter (paho MQTT), golang-jwt's key function, a block cipher key, url.UserPassword",
      path: 'internal/device/mqtt.go',
      code: 'package device\n\nimport (\n\t"crypto/aes"\n\t"net/url"\n\n\tmqtt "github.com/eclipse/paho.mqtt.golang"\n\t"github.com/golang-jwt/jwt/v5"\n)\n\nfunc connect(tok string) {\n\topts := mqtt.NewClientOptions()\n\topts.SetPassword(⟦"wy7LDC1OK04q"⟧)\n\t_, _ = jwt.ParseWithClaims(tok, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) {\n\t\treturn []byte(⟦"tOCXqQsg3et5b1RkkqCWyS"⟧), nil\n\t})\n\t_, _ = aes.NewCipher([]byte(⟦"0Jjo9RyeQ37D00P0"⟧))\n\t_ = url.UserPassword("svc", ⟦"YbpkjbYCp3REfbSg"⟧)\n}\n',
      messageIncludes: ['os.Getenv('],
    },
    {
      name: 'Aliyun OSS, Qiniu and Tencent Cloud secrets passed positionally',
      path: 'internal/storage/oss.go',
      code: 'package storage\n\nimport (\n\t"github.com/aliyun/aliyun-oss-go-sdk/oss"\n\t"github.com/qiniu/go-sdk/v7/auth/qbox"\n\t"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"\n)\n\nfunc clients() {\n\t_, _ = oss.New("oss-cn-hangzhou.aliyuncs.com", ⟦"LTAIgTQoAMRQ9XNmL70MEvns"⟧, ⟦"uyGkyTtmdSdyum6c3Eo5Tfao0nqgkt"⟧)\n\t_ = qbox.NewMac("VHYTaf7ghYqhNvYb0CYK", ⟦"af5CT3VmzxVRXA4yESfcL0kgSm6p52"⟧)\n\t_ = common.NewCredential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3", ⟦"9ivhoiYYvN4DOD21YIVfwEXRNDEz4U"⟧)\n}\n',
      messageIncludes: ['os.Getenv('],
    },
    {
      name: "the default value of an urfave/cli flag named for a secret",
      path: 'cmd/s3mirror/main.go',
      code: 'package main\n\nimport "github.com/urfave/cli/v2"\n\nvar flags = []cli.Flag{\n\t&cli.StringFlag{\n\t\tName:    "secret-key",\n\t\tValue:   ⟦"zjPfEfzpVZwEdK0TbDVKGgOF3vnN8HTFhwsDcW78"⟧,\n\t\tEnvVars: []string{"S3_SECRET_KEY"},\n\t},\n}\n',
      messageIncludes: ['secret-key flag'],
    },
    {
      name: "a literal wrapped by an SDK's pointer or input helper goes where the call goes",
      path: 'main.go',
      code: 'package main\n\nvar dbArgs = &rds.InstanceArgs{\n\tUsername: pulumi.String("orders_admin"),\n\tPassword: pulumi.String(⟦"OI1tjL9uBG3Dpq"⟧),\n}\n\nvar input = &iam.CreateAccessKeyInput{SecretAccessKey: aws.String(⟦"GxqJfBgV3eezHE7MGdLTfVLnQlE5PB32yBMgBA8X"⟧)}\n',
      messageIncludes: ['hardcoded'],
    },
    {
      name: 'a password after a URL and a user, given to a client (Go)',
      path: 'internal/workday/client.go',
      code: 'package workday\n\nvar client = NewClient("https://wd5.example.com/ccx/service/acme", "ISU_Directory", ⟦"BLU#HrCvswVqCk"⟧)\n',
      messageIncludes: ['NewClient', 'CLIENT_PASSWORD'],
    },
    {
      name: 'a URL built by +: the password in the piece after the host',
      path: 'internal/store/db.go',
      code: 'package store\n\nfunc dsn(host string) string {\n\treturn "postgres://" + host + "/yard?user=yardgate&password=⟦x9jq3DsouvomzrIx⟧&sslmode=require"\n}\n',
      messageIncludes: ['"password" parameter of a URL', 'DATABASE_URL'],
    },
  ],
};
