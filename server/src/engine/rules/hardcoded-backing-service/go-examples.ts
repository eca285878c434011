import type { Examples } from '../../rule';

export const goExamples: Examples = {
  valid: [
    {
      name: "Fiber's storage drivers configured from the environment (gofiber/storage redis, postgres, memcache)",
      path: 'store/storage.go',
      code: `package store

import (
	"os"

	"github.com/gofiber/storage/memcache/v2"
	"github.com/gofiber/storage/postgres/v3"
	"github.com/gofiber/storage/redis/v3"
)

var Sessions = redis.New(redis.Config{Host: os.Getenv("REDIS_HOST"), Port: 6379})
var Limits = postgres.New(postgres.Config{Host: os.Getenv("DB_HOST"), Database: "limits"})
var Thumbs = memcache.New(memcache.Config{Servers: os.Getenv("MEMCACHE_SERVERS")})
`,
    },
    {
      name: "an address from the environment set after the constructor, and a listener's own Addr field set after it",
      path: 'internal/store/db.go',
      code: `package store\n\nimport (\n\t"os"\n\n\t"github.com/go-sql-driver/mysql"\n)\n\ntype listener struct{ Addr string }\n\nfunc open() string {\n\tcfg := mysql.NewConfig()\n\tcfg.Addr = os.Getenv("DB_ADDR")\n\tl := listener{}\n\tl.Addr = "api.internal:8443"\n\treturn cfg.FormatDSN() + l.Addr\n}\n`,
    },
    {
      name: 'a host held in a name: from the environment, written twice in its function, a parameter, or formatted into no service URL',
      path: 'internal/store/store.go',
      code: 'package store\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"os"\n)\n\nfunc Open() (*sql.DB, error) {\n\thost := os.Getenv("DB_HOST")\n\treturn sql.Open("postgres", fmt.Sprintf("postgres://app@%s:5432/shop", host))\n}\n\nfunc Replica() (*sql.DB, error) {\n\thost := "replica.internal"\n\tif h := os.Getenv("REPLICA_HOST"); h != "" {\n\t\thost = h\n\t}\n\treturn sql.Open("postgres", fmt.Sprintf("host=%s dbname=shop", host))\n}\n\nfunc Dial(host string) (*sql.DB, error) {\n\treturn sql.Open("postgres", fmt.Sprintf("postgres://app@%s/shop", host))\n}\n\nfunc Page() string {\n\tsite := "shop.internal"\n\treturn fmt.Sprintf("https://%s/health", site)\n}\n',
    },
    { name: "a URL returned by a stringification method is how the object prints, not an address it connects to", path: "sink/sendmail.go", code: "package sink\n\nfunc (s Sendmail) String() string {\n\treturn \"smtp://sendmail\"\n}\n\nfunc (*Discard) GoString() string { return (\"redis://discard\") }\n" },
    { name: "a URL under a key that a form or a schema shows (a placeholder, a hint, an example) is a hint to the reader, not an address", path: "internal/forms/fields.go", code: "package forms\n\nvar BrokerURL = Field{\n\tName:        \"broker_url\",\n\tPlaceholder: \"amqp://broker.internal:5672/\",\n\tHelpText:    \"redis://cache.internal:6379/0\",\n}\n" },
    {
      name: 'a default of a variable whose name says no service (HOST, API_HOST), an empty default, and a name that is not a host',
      path: 'cmd/orders/main.go',
      code: `package main\n\nfunc main() {\n\thost := getenv("HOST", "0.0.0.0")\n\tapi := getenv("API_HOST", "partner.example-api.net")\n\t_, _ = host, api\n}\n`,
    },
    {
      name: 'the DSN from the environment',
      path: 'main.go',
      code: `package main

import (
	"database/sql"
	"os"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	_ = db
}
`,
    },
    {
      name: 'a test database',
      path: 'store/store_test.go',
      code: `package store

const testDSN = "postgres://localhost:5432/shop_test"
`,
    },
    {
      name: "go-sql-driver's Config{Addr} from the environment",
      path: 'internal/store/store.go',
      code: `package store

import (
	"os"

	"github.com/go-sql-driver/mysql"
)

var cfg = mysql.Config{Net: "tcp", Addr: os.Getenv("MYSQL_ADDR"), DBName: "polls"}
`,
    },
    {
      name: 'an Addr that is not a Redis option',
      path: 'main.go',
      code: `package main

var srv = &http.Server{Addr: "cache.internal:6379"}
`,
    },
    {
      name: 'an smtp.SendMail address read from the environment, and a Dial of another package',
      path: 'internal/mail/mail.go',
      code: `package mail

import (
	"net"
	"net/smtp"
	"os"
)

func Send(to string, body []byte) error {
	conn, _ := net.Dial("tcp", "metrics.internal:8125")
	_ = conn
	return smtp.SendMail(os.Getenv("SMTP_ADDR"), nil, "noreply@shop.test", []string{to}, body)
}
`,
    },
    {
      name: 'an asynq option built from the environment; an Addrs list of a type no client owns',
      path: 'cmd/worker/main.go',
      code: `package main

import (
	"os"

	"github.com/hibiken/asynq"
)

type peers struct{ Addrs []string }

var client = asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})
var known = peers{Addrs: []string{"node-1.internal:7946"}}
`,
    },
    {
      name: 'an http.Client base URL is no search node',
      path: 'internal/api/client.go',
      code: 'package api\n\nconst baseURL = "http://inventory.internal"\n',
    },
    {
      name: 'a broker list in a file with no Kafka client (an MQTT bridge), and DNS servers in one that has one',
      path: 'internal/bridge/bridge.go',
      code: 'package bridge\n\nimport "github.com/segmentio/kafka-go"\n\nvar _ kafka.Message\nvar servers = []string{"1.1.1.1:53"}\n\nfunc Brokers() []string {\n\tbrokers := strings.Split(os.Getenv("KAFKA_BROKERS"), ",")\n\treturn brokers\n}\n',
    },
    {
      name: 'MinIO at an endpoint from the environment, and a public cloud region endpoint',
      path: 'internal/storage/env.go',
      code: 'package storage\n\nimport "github.com/minio/minio-go/v7"\n\nfunc New() {\n\ta, _ := minio.New(os.Getenv("MINIO_ENDPOINT"), &minio.Options{Secure: true})\n\tb, _ := minio.New("s3.amazonaws.com", &minio.Options{Secure: true})\n\tc, _ := minio.New("localhost:9000", &minio.Options{})\n\t_, _, _ = a, b, c\n}\n',
    },
    {
      name: 'brokers named so without a Kafka import',
      path: 'internal/mqtt/mqtt.go',
      code: 'package mqtt\n\nvar brokers = []string{"mqtt.internal:1883"}\n',
    },
    {
      name: "the app's own wrappers given a local or compose-service address, a port no backing service owns, and a service port outside a call",
      path: 'cmd/server/main.go',
      code: 'package main\n\nfunc main() {\n\tcovers := cache.New("localhost:6379")\n\tjobs := queue.Open("redis:6379")\n\tapi := rpc.Dial("orders.prod.internal:50051")\n\tlisten(":5432")\n\tconst note = "db.internal:5432"\n\t_, _, _ = covers, jobs, api\n}\n',
    },
    {
      name: "a server's own listen address on a service port (any …Server type), an options field on a port no service owns, and a local default",
      path: 'internal/cache/pool.go',
      code: 'package cache\n\nvar admin = AdminServer{Addr: "cache.pushd.internal:6379"}\nvar rpcOpts = Options{Addr: "orders.prod.internal:50051"}\nvar local = Options{Addr: "localhost:6379"}\n',
    },
  ],
  invalid: [
    {
      name: "Fiber's session storage on gofiber/storage/redis at a fixed host (probe29: go-example), and its PostgreSQL sibling",
      path: 'utils/session.go',
      code: `package utils

import (
	"github.com/gofiber/storage/postgres/v3"
	"github.com/gofiber/storage/redis/v3"
)

var Store = redis.New(redis.Config{Host: ⟦"sessions.prod.internal"⟧, Port: 6379})
var Limits = postgres.New(postgres.Config{Host: ⟦"10.12.0.7"⟧, Database: "limits"})
`,
      messageIncludes: ['host written into the code'],
    },
    {
      name: "go-sql-driver's config and go-redis' options filled field by field after construction",
      path: 'internal/store/db.go',
      code: `package store\n\nimport (\n\t"github.com/go-sql-driver/mysql"\n\t"github.com/redis/go-redis/v9"\n)\n\nfunc open() (string, *redis.Client) {\n\tcfg := mysql.NewConfig()\n\tcfg.Net = "tcp"\n\tcfg.Addr = ⟦"audit-db.internal:3306"⟧\n\topts := &redis.Options{DB: 0}\n\topts.Addr = ⟦"sessions-cache.internal:6379"⟧\n\treturn cfg.FormatDSN(), redis.NewClient(opts)\n}\n`,
      },
      {
      name: 'after an if that returns when the variable is set, the statement is its fallback: local, information',
      path: 'db.go',
      code: `package main

import (
\t"database/sql"
\t"os"
)

func openDB() (*sql.DB, error) {
\tif url := os.Getenv("DATABASE_URL"); url != "" {
\t\treturn sql.Open("postgres", url)
\t}
\treturn sql.Open("postgres", ⟦"postgres://pantry@localhost:5432/pantry?sslmode=disable"⟧)
}
`,
      severity: 'info',
    },
    {
      name: "cmp.Or after a variable holding os.Getenv, and a local address in the else of a production test: information",
      path: 'main.go',
      code: `package main

import (
	"cmp"
	"os"

	"github.com/nats-io/nats.go"
)

func main() {
	natsURL := os.Getenv("NATS_URL")
	nc, _ := nats.Connect(cmp.Or(natsURL, ⟦"nats://127.0.0.1:4222"⟧))
	defer nc.Close()
	var redisURL string
	if os.Getenv("APP_ENV") == "production" {
		redisURL = os.Getenv("REDIS_URL")
	} else {
		redisURL = ⟦"redis://localhost:6379/0"⟧
	}
	_ = redisURL
}
`,
      severity: 'info',
    },
    {
      name: 'a URL (or DSN) with a real password breaks two factors: hardcoded-credential reports the password, this rule the address, with no fix of its own (the credential finding moves the whole value)',
      path: 'main.go',
      code: `package main

var dsn = ⟦"postgres://shop:2cucZ7acv9020A7x@db.internal:5432/shop"⟧
`,
    },
    {
      name: "a host held in a name, then formatted into a service URL or DSN by fmt.Sprintf, and a broker slice held in a package variable: the literals are the addresses",
      path: 'internal/store/store.go',
      code: 'package store\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"os"\n\n\t"github.com/segmentio/kafka-go"\n)\n\nvar kafkaAddrs = []string{⟦"kafka-1.orders.internal:9092"⟧, ⟦"kafka-2.orders.internal:9092"⟧}\n\nfunc Open() (*sql.DB, error) {\n\thost := ⟦"orders-pg.internal"⟧\n\tport := 5432\n\treturn sql.Open("postgres", fmt.Sprintf("postgres://%s:%s@%s:%d/orders", "orders", os.Getenv("DB_PASSWORD"), host, port))\n}\n\nconst reportsHost = ⟦"10.0.5.12"⟧\n\nfunc Reports() (*sql.DB, error) {\n\treturn sql.Open("postgres", fmt.Sprintf("host=%s dbname=reports", reportsHost))\n}\n\nfunc Writer() *kafka.Writer {\n\treturn kafka.NewWriter(kafka.WriterConfig{Brokers: kafkaAddrs, Topic: "orders"})\n}\n',
    },
    { name: "the same URL returned by any other method is the address", path: "sink/audit.go", code: "package sink\n\nfunc (s Sendmail) Relay() string {\n\treturn ⟦\"smtp://relay.prod.internal:25\"⟧\n}\n" },
    {
      name: "a remote host as the default of a variable named for a service's host (DB_HOST, SMTP_SERVER): no client in sight, the name says it",
      path: 'cmd/orders/main.go',
      code: `package main\n\nfunc main() {\n\tdbHost := getenv("DB_HOST", ⟦"orders-db.prod.internal"⟧)\n\t_ = dbHost\n}\n`,
    },
    {
      name: "a compose service's name or this machine as the default of such a variable: information",
      path: 'cmd/orders/main.go',
      code: `package main\n\nfunc main() {\n\tredisHost := getenv("REDIS_HOST", ⟦"redis"⟧)\n\t_ = redisHost\n}\n`,
      severity: 'info',
    },
    {
      name: "the app's own wrapper given a remote address on a backing service's well-known port",
      path: 'cmd/server/main.go',
      code: 'package main\n\nfunc main() {\n\tcovers := shelf.NewCoverCache(⟦"covers-cache.prod.example-books.net:6379"⟧)\n\tstore := orders.Open(⟦"10.20.0.15:5432"⟧, "orders")\n\t_, _ = covers, store\n}\n',
    },
    {
      name: "the address field of the app's own options type, on a backing service's well-known port (a default the wrapper dials)",
      path: 'internal/cache/pool.go',
      code: 'package cache\n\ntype Options struct {\n\tAddr    string\n\tMaxIdle int\n}\n\nvar defaultOptions = Options{Addr: ⟦"cache.pushd.internal:6379"⟧, MaxIdle: 4}\n',
    },
    {
      name: 'sql.Open with a libpq DSN',
      path: 'main.go',
      code: `package main

import "database/sql"

func main() {
	db, _ := sql.Open("postgres", ⟦"host=db.internal user=shop dbname=shop sslmode=disable"⟧)
	_ = db
}
`,
      messageIncludes: ['PostgreSQL host', 'os.Getenv("DB_HOST")'],
    },
    {
      name: 'a MySQL DSN',
      path: 'db.go',
      code: `package main

var dsn = ⟦"shop@tcp(mysql.internal:3306)/shop?parseTime=true"⟧
`,
    },
    {
      name: "go-sql-driver's Config{Addr}: the DSN FormatDSN() builds names the host",
      path: 'internal/store/store.go',
      code: `package store

import "github.com/go-sql-driver/mysql"

var cfg = mysql.Config{User: "polls", Net: "tcp", Addr: ⟦"mysql-polls.db.internal:3306"⟧, DBName: "polls"}
`,
      messageIncludes: ['MySQL'],
    },
    {
      name: "clickhouse-go's Options{Addr}: a list of the cluster's nodes",
      path: 'internal/analytics/clickhouse.go',
      code: `package analytics

import "github.com/ClickHouse/clickhouse-go/v2"

var opts = &clickhouse.Options{Addr: []string{⟦"ch-1.analytics.internal:9000"⟧}}
`,
      messageIncludes: ['ClickHouse'],
    },
    {
      name: 'go-redis Addr',
      path: 'cache.go',
      code: `package main

import "github.com/redis/go-redis/v9"

var rdb = redis.NewClient(&redis.Options{Addr: ⟦"10.0.3.7:6379"⟧})
`,
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7:6379' },
    },
    {
      name: 'a worker file whose name is also a JS bundler (rollup.go) is app code',
      path: 'internal/jobs/rollup.go',
      code: `package jobs

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var leaderboard = redis.NewClient(&redis.Options{Addr: ⟦"fleet-cache.prod.internal:6379"⟧})

func Rollup(ctx context.Context) error { return leaderboard.Ping(ctx).Err() }
`,
    },
    {
      name: 'a flag whose default is a local address is information, as an env fallback is; a remote one is not',
      path: 'cmd/relay/main.go',
      code: `package main

import (
	"flag"

	"github.com/spf13/cobra"
)

var redisURL = flag.String("redis-url", ⟦"redis://127.0.0.1:6379"⟧, "Redis URL")

func flags(cmd *cobra.Command, url *string) {
	cmd.Flags().StringVarP(url, "nats", "n", ⟦"nats://localhost:4222"⟧, "NATS URL")
}
`,
      severity: 'info',
      messageIncludes: ['fallback of --'],
    },
    {
      name: "viper's default of a key the environment sets, on this machine, is information",
      path: 'cmd/walletd/main.go',
      code: `package main

import "github.com/spf13/viper"

func main() {
	viper.AutomaticEnv()
	viper.SetDefault("nats_url", ⟦"nats://127.0.0.1:4222"⟧)
}
`,
      severity: 'info',
      messageIncludes: ['NATS_URL'],
    },
    {
      name: "a constant its name calls the default (go-kit's examples): local is information, remote a warning",
      path: 'cmd/shippingsvc/main.go',
      code: `package main

import "os"

const (
	defaultMongoDBURL = ⟦"mongodb://127.0.0.1:27017"⟧
	defaultDBName     = "dddsample"
)

func envString(env, fallback string) string {
	if e := os.Getenv(env); e != "" {
		return e
	}
	return fallback
}

var dburl = envString("MONGODB_URL", defaultMongoDBURL)
`,
      severity: 'info',
    },
    {
      name: "a constant named a default in a file that reads no environment is the only address (cloudwego biz-demo's consts.MySQLDefaultDSN handed to gorm.Open)",
      path: 'pkg/consts/consts.go',
      code: `package consts

const (
	MySQLDefaultDSN = ⟦"shop:shop@tcp(localhost:3306)/shop?parseTime=True"⟧
	UserTableName   = "users"
)
`,
      severity: 'warning',
    },
    {
      name: "viper's default naming a remote host: a deploy that sets nothing talks to it",
      path: 'cmd/walletd/main.go',
      code: `package main

import "github.com/spf13/viper"

func main() {
	viper.SetDefault("nats_url", ⟦"nats://nats.prod.paynest.internal:4222"⟧)
}
`,
      messageIncludes: ['NATS_URL'],
    },
    {
      name: 'mongo ApplyURI',
      path: 'main.go',
      code: `package main

func connect() {
	client, _ := mongo.Connect(ctx, options.Client().ApplyURI(⟦"mongodb://mongo.internal:27017"⟧))
	_ = client
}
`,
      fix: { envName: 'MONGODB_URL' },
    },
    {
      name: 'a localhost fallback when the variable is empty is information',
      path: 'main.go',
      code: `package main

import "os"

func dsn() string {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = ⟦"postgres://localhost:5432/shop"⟧
	}
	return url
}
`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: "Go 1.22's cmp.Or after an env read: a localhost DSN is the variable's fallback, information",
      path: 'internal/config/config.go',
      code: `package config

import (
	"cmp"
	"os"
)

var databaseDSN = cmp.Or(os.Getenv("DATABASE_URL"), ⟦"host=localhost user=archiver dbname=archive sslmode=disable"⟧)
`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: 'a URL built with + is one value: a localhost fallback stays information',
      path: 'internal/config/config.go',
      code: `package config

func Load() string {
	return envOr("DATABASE_URL", ⟦"postgres://payments:"⟧+defaultDBPass+"@localhost:5432/payments")
}
`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: 'a production URL built with +: reported once, with no fix (the literal alone is not the URL)',
      path: 'internal/config/config.go',
      code: `package config

var dsn = ⟦"postgres://payments:"⟧ + password + "@db.prod.acme.io:5432/payments"
`,
    },
    {
      name: 'asynq RedisClientOpt Addr',
      path: 'cmd/worker/main.go',
      code: `package main

import "github.com/hibiken/asynq"

func main() {
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: ⟦"queue-redis.prod.internal:6379"⟧}, asynq.Config{Concurrency: 10})
	_ = srv
}
`,
      messageIncludes: ['Redis'],
    },
    {
      name: 'go-redis ClusterOptions Addrs: each address of the list',
      path: 'internal/cache/cache.go',
      code: `package cache

import goredis "github.com/redis/go-redis/v9"

var sessions = goredis.NewClusterClient(&goredis.ClusterOptions{
	Addrs: []string{⟦"sessions-0.internal:6379"⟧, ⟦"sessions-1.internal:6379"⟧},
})
`,
    },
    {
      name: 'net/smtp SendMail address',
      path: 'internal/mail/mail.go',
      code: `package mail

import "net/smtp"

func Send(to string, body []byte) error {
	return smtp.SendMail(⟦"smtp.mailgun.org:587"⟧, nil, "noreply@shop.test", []string{to}, body)
}
`,
      messageIncludes: ['SMTP'],
    },
    {
      name: 'sarama brokers and a gomemcache server',
      path: 'internal/events/events.go',
      code: `package events

import (
	"github.com/IBM/sarama"
	"github.com/bradfitz/gomemcache/memcache"
)

var cache = memcache.New(⟦"10.0.8.21:11211"⟧)

func Producer() (sarama.SyncProducer, error) {
	return sarama.NewSyncProducer([]string{⟦"kafka-1.prod.internal:9092"⟧}, sarama.NewConfig())
}
`,
    },
    {
      name: 'go-elasticsearch Addresses and olivere SetURL',
      path: 'internal/search/es.go',
      code: [
        'package search',
        '',
        'import (',
        '\t"github.com/elastic/go-elasticsearch/v8"',
        '\t"github.com/olivere/elastic/v7"',
        ')',
        '',
        'func New() {',
        '\tes, _ := elasticsearch.NewClient(elasticsearch.Config{Addresses: []string{⟦"http://es-prod-01.internal:9200"⟧}})',
        '\told, _ := elastic.NewClient(elastic.SetURL(⟦"http://es-old.internal:9200"⟧))',
        '\t_, _ = es, old',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a MinIO endpoint, an S3 BaseEndpoint, and a Meilisearch node written into their clients',
      path: 'internal/storage/minio.go',
      code: [
        'package storage',
        '',
        'import (',
        '\t"github.com/aws/aws-sdk-go-v2/aws"',
        '\t"github.com/aws/aws-sdk-go-v2/service/s3"',
        '\t"github.com/meilisearch/meilisearch-go"',
        '\t"github.com/minio/minio-go/v7"',
        ')',
        '',
        'func New() {',
        '\tc, _ := minio.New(⟦"minio.studio.lan:9000"⟧, &minio.Options{Secure: false})',
        '\tclient := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })',
        '\topts := s3.Options{BaseEndpoint: aws.String(⟦"http://10.1.0.9:9000"⟧)}',
        '\tm := meilisearch.New(⟦"http://meili.studio.lan:7700"⟧)',
        '\t_, _, _, _ = c, client, opts, m',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor IV'],
    },
    {
      name: 'a broker list named for Kafka in a file that imports a Kafka client, handed over by name',
      path: 'internal/events/publisher.go',
      code: [
        'package events',
        '',
        'import "github.com/segmentio/kafka-go"',
        '',
        'var kafkaBrokers = []string{⟦"kafka-0.kafka-headless.data.svc:9092"⟧}',
        '',
        'func New() *kafka.Writer {',
        '\tbrokers := []string{⟦"kafka-1.internal:9092"⟧, ⟦"kafka-2.internal:9092"⟧}',
        '\treturn &kafka.Writer{Addr: kafka.TCP(append(brokers, kafkaBrokers...)...)}',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Kafka'],
    },
  ],
};
