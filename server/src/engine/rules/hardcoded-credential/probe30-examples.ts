// What probe30 found in the credential rule, as patterns in every format they occur in: a compose or shell default named
// after the project is still the stack's stock local password; Docker's quick-start passwords are stock ones; a committed
// .env's bare `JWT` holding a typed password is the signing key; a Go struct tag's default is its variable's fallback; a
// password a compose command gives the stack's own redis is weighed as its environment's are. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROBE30_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: 'a compose default named after the project (beside DB_NAME of the same word) is the stack\'s stock local password',
        path: 'docker-compose.yml',
        code: 'services:\n  db:\n    image: postgres:16-alpine\n    environment:\n      POSTGRES_DB: ledger\n      POSTGRES_PASSWORD: ${DB_PASSWORD:-ledger_password}\n  web:\n    build: .\n    environment:\n      - DB_NAME=ledger\n      - DB_PASSWORD=${DB_PASSWORD:-ledger_password}\n',
      },
    ],
    invalid: [
      {
        name: "Docker Desktop's Postgres quick-start login and the mysql image's documented root password, on this machine: information",
        path: 'src/main/resources/application.yml',
        code: 'spring:\n  datasource:\n    url: jdbc:postgresql://localhost:55000/postgres\n    username: postgres\n    password: ⟦postgrespw⟧\nreports:\n  url: jdbc:mysql://localhost:3306/reports\n  username: root\n  password: ⟦my-secret-pw⟧\n',
        severity: 'info',
      },
      {
        name: "redis-server's --requirepass in a dev stack (the checkout mounted) and the app's login with it: information, as the mysql image's password there",
        path: 'docker-compose.yml',
        code: 'services:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦chatrootpass⟧\n  redis:\n    image: redis:7\n    command: redis-server --requirepass ⟦chatredispass⟧\n  api:\n    build: .\n    volumes:\n      - ./src:/app/src\n    environment:\n      SPRING_DATA_REDIS_PASSWORD: ⟦chatredispass⟧\n',
        severity: 'info',
      },
      {
        name: "redis-server's --requirepass (a command list) in a file shaped neither way: a warning, as the mongo image's password beside it",
        path: 'docker-compose.yml',
        code: 'services:\n  mongo:\n    image: mongo:7\n    environment:\n      MONGO_INITDB_ROOT_PASSWORD: ⟦Lk3vQ9xTz2⟧\n  cache:\n    image: valkey/valkey:8\n    command: ["valkey-server", "--requirepass", ⟦"Rq8wNe4pJm"⟧]\n  chat:\n    image: ghcr.io/example/chat:latest\n    environment:\n      REDIS_PASSWORD: ⟦Rq8wNe4pJm⟧\n',
        severity: 'warning',
      },
      {
        name: 'a generated compose default keeps its severity beside a default named after the project',
        path: 'docker-compose.yml',
        code: 'services:\n  web:\n    build: .\n    environment:\n      - DB_NAME=ledger\n      - DB_PASSWORD=${DB_PASSWORD:-ledger_password}\n      - DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-⟦SommiEhDie7WTzJ7sGmbTLcl⟧}\n',
        severity: 'error',
      },
    ],
  },
  hocon: {
    valid: [],
    invalid: [
      {
        name: "Docker Desktop's Postgres quick-start password as the env-overridden default beside localhost: information",
        path: 'src/main/resources/application.conf',
        code: 'database {\n  host = "localhost"\n  host = ${?DB_HOST}\n  user = "postgres"\n  password = "⟦postgrespw⟧"\n  password = ${?DB_PASSWORD}\n}\n',
        severity: 'info',
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      {
        name: "a committed .env's bare JWT holding a typed password is the signing key; its settings beside it are not",
        path: '.env',
        code: '⟦PORT⟧=4000\nJWT=⟦amberquill5081⟧\nJWT_EXPIRES=1d\nJWT_ALGORITHM=HS256\nJWT_ISSUER=shop-api\n',
        options: { gitIgnored: false },
      },
      {
        name: 'bare names that hold a switch, a store or a cookie name stay settings (the file is reported for being committed only)',
        path: '.env',
        code: '⟦JWT⟧=true\nJWT_SIGNING=HS256\nJWT_SIGN=hmac256\nSESSION=redis\nCOOKIE=tickets.sid\nSESSION_STORE=redis2024\n',
        options: { gitIgnored: false },
        severity: 'info',
      },
    ],
  },
  go: {
    valid: [
      {
        name: "struct-tag defaults that are settings, and a database password's placeholder default (the server refuses it at first use)",
        path: 'internal/config/config.go',
        code: 'package config\n\ntype Config struct {\n\tJWTExpiry string `env:"JWT_EXPIRY" envDefault:"24h"`\n\tJWTIssuer string `env:"JWT_ISSUER" envDefault:"student-service"`\n\tDBPassword string `env:"DB_PASSWORD" envDefault:"changeme"`\n}\n',
      },
    ],
    invalid: [
      {
        name: "a signing key's stub words and fill-me-in word as struct-tag defaults: the fallback's warning, as os.Getenv's",
        path: 'internal/config/config.go',
        code: 'package config\n\ntype Config struct {\n\tJWTKey string `env:"JWT_KEY" envDefault:"⟦supersecret⟧"`\n\tSessionSecret string `envconfig:"SESSION_SECRET" default:"⟦changeme⟧"`\n}\n',
        severity: 'warning',
      },
      {
        name: 'a chosen phrase as a signing key\'s struct-tag default keeps its severity',
        path: 'internal/config/config.go',
        code: 'package config\n\ntype Config struct {\n\tJWTSecret string `env:"JWT_SECRET" env-default:"⟦kestrel-orbit-42⟧"`\n}\n',
        severity: 'error',
      },
    ],
  },
};
