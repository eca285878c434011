import type { Examples } from '../../rule';

/** Go, JVM and PHP servers' YAML config: go-zero, Kratos, go-admin, Viper, ShardingSphere, Symfony 3's parameters.yml. */
export const serverConfigYamlExamples: Examples = {
  valid: [
    {
      name: 'go-zero: the listen address, ${VAR} reads, an etcd registry and a tracing collector name no attached service',
      path: 'service/order/api/etc/order-api.yaml',
      code: `Name: order-api\nHost: 0.0.0.0\nPort: 8888\nBizRedis:\n  Host: \${BIZ_REDIS_HOST}\n  Type: node\nUserRpc:\n  Etcd:\n    Hosts:\n      - 10.30.4.11:2379\n    Key: user.rpc\nTelemetry:\n  Endpoint: http://jaeger-collector:14268/api/traces\n`,
    },
    {
      name: 'Kratos: the layout\'s own local database and Redis, and one-label compose names',
      path: 'configs/config.yaml',
      code: `data:\n  database:\n    driver: mysql\n    source: root:root@tcp(127.0.0.1:3306)/test?parseTime=True\n  redis:\n    addr: redis:6379\n`,
    },
    {
      name: 'Symfony 3: parameters that name parameters, and a mailer on this machine',
      path: 'app/config/parameters.yml',
      code: `parameters:\n    database_host: '%env(DATABASE_HOST)%'\n    mailer_host: 127.0.0.1\n    router.request_context.host: crm.acme-corp.net\n`,
    },
    {
      name: 'a block for a development or test run, and figaro\'s environment names (the environment itself)',
      path: 'config/settings.yml',
      code: `development:\n  redis:\n    addr: cache.dev.internal:6379\ntest:\n  database:\n    host: ci-mysql.build.internal\nREDIS_HOST: cache.prod.internal\n`,
    },
    {
      name: "bbs-go's docker config outside a config folder says `Env: dev`: a developer's, and a `Minio.Host` that is a download path",
      path: 'server/bbs-go.docker.yaml',
      code: `Env: dev\nMySqlUrl: root:654321@tcp(mysql.prod.svc:3306)/bbs\nMinio:\n  Endpoint: minio.prod.svc:9000\n`,
    },
    {
      name: 'a production config outside a config folder: a path under Host, a public OSS endpoint, a storage section\'s local folder',
      path: 'server/forum.yaml',
      code: `Env: prod # 线上环境\nMinio:\n  Host: /minio/download/\nOss:\n  Endpoint: oss-cn-hangzhou.aliyuncs.com\nStorage:\n  Path: /data/uploads\n  Host: cdn.forum.io\n`,
    },
    {
      name: 'a YAML named after the app with no environment at its top level is not known as a server config',
      path: 'server/forum.yaml',
      code: `Minio:\n  Endpoint: minio.prod.svc:9000\nmode: production-like\n`,
    },
    {
      name: 'a Kubernetes manifest under config/ is deploy config, where addresses belong',
      path: 'deploy/config/configmap.yaml',
      code: `apiVersion: v1\nkind: ConfigMap\ndata:\n  redis:\n    host: cache.prod.internal\n`,
    },
    {
      name: 'gin-vue-admin: a folder under path (local, sqlite), a listen addr without a service, a one-label bucket path, a tracing endpoint and a listen on every interface',
      path: 'server/config.yaml',
      code: `system:\n  addr: 8888\nlocal:\n  path: uploads/file\nsqlite:\n  path: data/golf.db\nhua-wei-obs:\n  path: you-path\n  endpoint: you-endpoint\nexport:\n  endpoint: /v1/exports\ntracing:\n  endpoint: 10.20.1.90:4317\nredis:\n  addr: 0.0.0.0:6379\nmysql:\n  path: 127.0.0.1\n  port: "3306"\n`,
    },
  ],
  invalid: [
    {
      name: 'a URL (or DSN) with a real password breaks two factors: hardcoded-credential reports the password, this rule the address, with no fix of its own (the credential finding moves the whole value)',
      path: 'config/settings.yml',
      code: `settings:\n  database:\n    driver: mysql\n    source: hr:Vm8Kx3Qz7Tn2LwRp@tcp(⟦rm-bp1hr.mysql.rds.aliyuncs.com:3306⟧)/hr\n`,
    },
    {
      name: "a MySQL DSN whose password is stock (root:root, information for hardcoded-credential) to a remote host: the host is this rule's (go-admin's settings.yml)",
      path: 'config/settings.yml',
      code: `settings:\n  database:\n    driver: mysql\n    source: root:root@tcp(⟦203.0.113.41:3306⟧)/go_admin?charset=utf8&parseTime=True\n`,
    },
    {
      name: 'go-zero: a MySQL DSN\'s host, a cache node\'s Host and a Kafka broker list',
      path: 'service/order/rpc/etc/order.yaml',
      code: `Mysql:\n  DataSource: order_rpc@tcp(⟦10.30.6.21:3306⟧)/orders?parseTime=true\nCacheRedis:\n  - Host: ⟦orders-cache.k8qz3w.ng.0001.apse1.cache.amazonaws.com:6379⟧\n    Type: node\nKqPusherConf:\n  Brokers:\n    - ⟦10.30.7.2:9092⟧\n`,
      messageIncludes: ['${'],
    },
    {
      name: 'Kratos: a libpq DSN beside driver: postgres, and the Redis addr',
      path: 'configs/config.yaml',
      code: `data:\n  database:\n    driver: postgres\n    source: host=⟦pg-ledger.svc.prod.internal⟧ port=5432 user=ledger dbname=ledger sslmode=require\n  redis:\n    addr: ⟦ledger-redis.svc.prod.internal:6379⟧\n`,
    },
    {
      name: 'Symfony 3: database_host, redis_host and elasticsearch_host in parameters.yml',
      path: 'app/config/parameters.yml',
      code: `parameters:\n    database_host: ⟦crm-mysql-01.dc2.acme-corp.net⟧\n    redis_host: ⟦10.16.4.22⟧\n    elasticsearch_host: ⟦es-crm.dc2.acme-corp.net:9200⟧\n`,
    },
    {
      name: 'ShardingSphere-JDBC: a data source\'s jdbcUrl beside its driverClassName',
      path: 'src/main/resources/sharding.yaml',
      code: `dataSources:\n  ds_0:\n    dataSourceClassName: com.zaxxer.hikari.HikariDataSource\n    driverClassName: com.mysql.cj.jdbc.Driver\n    jdbcUrl: ⟦jdbc:mysql://billing-shard-0.db.prod.corp:3306/billing⟧\n`,
    },
    {
      name: "gin-vue-admin: the database's host under path beside its port, a Redis cluster's addresses, and a db-list entry whose type names the driver",
      path: 'server/config.yaml',
      code: `mysql:\n  path: ⟦10.0.3.7⟧\n  port: "3306"\n  db-name: golf\nmongo:\n  ip: ⟦10.0.3.9⟧\nredis_ip: ⟦10.0.0.5⟧\nredis:\n  cluster-addrs:\n    - ⟦10.0.3.21:7000⟧\ndb-list:\n  - type: pgsql\n    path: ⟦reports-db.golf.internal⟧\n    port: "5432"\n`,
    },
    {
      name: "bbs-go's `server/bbs-go.yaml`: outside a config folder, but `Env: prod` at its top level says it is the deployed server's (a DSN's host, a MinIO endpoint, a search and a queue endpoint under the app's own sections)",
      path: 'server/bbs-go.yaml',
      code: `Env: prod # 线上环境\nMySqlUrl: bbs:Hq4Tz8wNc2Lp@tcp(⟦mysql.prod.svc:3306⟧)/bbs?parseTime=True\nMinio:\n  Endpoint: ⟦minio.prod.svc:9000⟧\n  Bucket: bbs\nSearch:\n  Endpoint: ⟦es-master.prod.svc:9200⟧\nQueue:\n  Nats:\n    Endpoint: ⟦nats.prod.svc:4222⟧\n`,
    },
    {
      name: "a storage section's endpoint (`oss`, `storage`, `cos`) is an object store's",
      path: 'config/config.yaml',
      code: `oss:\n  endpoint: ⟦oss.shop.internal:9000⟧\nstorage:\n  endpoint: ⟦10.0.8.4:9000⟧\n`,
    },
    {
      name: 'Viper: mysql.host, redis.addr and a search cluster\'s node URL',
      path: 'config/config.yaml',
      code: `mysql:\n  host: ⟦blog-prod.c7hx2kqz9w1e.us-east-1.rds.amazonaws.com⟧\n  port: 3306\nredis:\n  addr: ⟦10.0.12.8:6379⟧\nelasticsearch:\n  urls:\n    - ⟦http://10.0.14.3:9200⟧\n`,
    },
  ],
};

/** The same in TOML: a Go server's `configs/config.toml`. */
export const serverConfigTomlExamples: Examples = {
  valid: [
    { name: 'a local database and an env read', path: 'configs/config.toml', code: `[database]\nhost = "127.0.0.1"\n[redis]\naddr = "\${REDIS_ADDR}"\n` },
    { name: 'a deploy folder\'s TOML that says it is staging-like, not production', path: 'deploy/forum-qa.toml', code: `env = "qa"\n[storage]\nendpoint = "minio.qa.svc:9000"\n` },
  ],
  invalid: [
    {
      name: 'a TOML outside a config folder that says `env = "production"` at its top level: the DSN\'s host and a storage section\'s endpoint',
      path: 'deploy/forum-prod.toml',
      code: `env = "production"\n[database]\ndsn = ⟦"forum:Qm7vR2xKp9Ws@tcp(mysql-primary.prod.svc:3306)/forum"⟧\n[storage]\nendpoint = ⟦"minio.prod.svc:9000"⟧\n`,
    },
    { name: 'a remote database host', path: 'configs/config.toml', code: `[database]\nhost = ⟦"pg.payments.internal"⟧\nport = 5432\n` },
    {
      name: 'an address under endpoint, uri and nodes: a host with its port',
      path: 'configs/config.toml',
      code: `[postgres]\nendpoint = ⟦"10.20.1.15:5432"⟧\n[mongo]\nuri = ⟦"mongo-audit.ledger.internal:27017"⟧\n[redis]\nnodes = [⟦"10.20.1.31:7000"⟧]\n`,
    },
  ],
};

/** A Go server's JSON config (`conf/config.json`, `config.json`): the same keys as its YAML. */
export const serverConfigJsonExamples: Examples = {
  valid: [
    {
      name: 'a listen address, a log path, a vendor API endpoint, Sequelize\'s config/config.json (orm-json\'s) and a package manifest',
      path: 'conf/config.json',
      code: `{\n  "server": { "addr": "0.0.0.0:7070" },\n  "log": { "path": "logs/pushd.log" },\n  "apns": { "endpoint": "api.push.apple.com:443" },\n  "redis": { "addr": "127.0.0.1:6379" }\n}\n`,
    },
    { name: 'Sequelize\'s config file is orm-json\'s to read', path: 'config/config.json', code: `{\n  "redis": { "addr": "10.0.3.8:6379" }\n}\n` },
  ],
  invalid: [
    {
      name: 'MySQL and Redis addresses and a NATS server list',
      path: 'conf/config.json',
      code: `{\n  "mysql": { "addr": ⟦"172.18.4.10:3306"⟧ },\n  "redis": { "addr": ⟦"172.18.4.11:6379"⟧ },\n  "nats": { "servers": [⟦"nats-1.pushd.internal:4222"⟧] }\n}\n`,
    },
  ],
};

/** Beego's `conf/app.conf`: run-mode sections, run-together keys, the session store's config. */
export const serverConfigIniExamples: Examples = {
  valid: [
    {
      name: 'Beego: the dev and test run modes, env reads, and the listen address',
      path: 'conf/app.conf',
      code: `httpaddr = 0.0.0.0\nmysqlurls = "\${MYSQL_URLS||127.0.0.1:3306}"\n\n[dev]\nmysqlhost = dev-db.clinic.lan\n\n[test]\nmysqlurls = ci-mysql.build.internal:3306\n`,
    },
  ],
  invalid: [
    {
      name: 'Beego: mysqlurls and redisaddr of the prod run mode, and the Redis session store',
      path: 'conf/app.conf',
      code: `sessionon = true\nsessionprovider = redis\nsessionproviderconfig = ⟦10.21.3.14:6379,100,\${REDIS_PASSWORD}⟧\n\n[prod]\nmysqlurls = ⟦rm-clinic.mysql.rds.aliyuncs.com:3306⟧\nredisaddr = ⟦pharmacy-cache.prod.corp:6379⟧\n`,
    },
  ],
};

/** Play's, Akka's and Ktor's HOCON `application.conf`. */
export const hoconConfigExamples: Examples = {
  valid: [
    {
      name: 'Play: substitutions, a database on this machine, an H2 in memory, a listen address, and a path that names no service',
      path: 'conf/application.conf',
      code: `db.default.url = "jdbc:postgresql://localhost/playdb"\ndb.reports.url = \${?REPORTS_DATABASE_URL}\nh2.url = "jdbc:h2:mem:play"\nplay.server.http.address = "0.0.0.0"\nakka.remote.artery.canonical.hostname = "10.0.0.5"\n`,
    },
    { name: 'a development run\'s own file', path: 'conf/application.dev.conf', code: `play.mailer.host = "smtp.mailtrap.io"\n` },
  ],
  invalid: [
    {
      name: "Play's mailer relay, a database URL, and a Redis host under a path that names it",
      path: 'conf/application.conf',
      code: `play.mailer {\n  host = "⟦smtp.sendgrid.net⟧"\n  port = 587\n}\ndb.default.url = "⟦jdbc:postgresql://db.auction.internal:5432/auction⟧"\nredis.host = "⟦10.0.3.8⟧"\n`,
    },
    {
      name: 'a relay as the default a later substitution overrides: a fallback, a warning when it is a provider\'s server',
      path: 'conf/application.conf',
      code: `play.mailer.host = "⟦smtp.sendgrid.net⟧"\nplay.mailer.host = \${?SMTP_HOST}\n`,
      messageIncludes: ['fallback of SMTP_HOST'],
    },
    {
      name: 'this machine as such a default is information',
      path: 'conf/application.conf',
      code: `db.default.url = "⟦jdbc:postgresql://localhost/playdb⟧"\ndb.default.url = \${?DATABASE_URL}\n`,
      severity: 'info',
    },
  ],
};
