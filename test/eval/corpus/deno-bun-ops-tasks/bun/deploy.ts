import { $ } from "bun";

const tag = process.argv[2];
await $`docker login -u acme-deploy -p Vm6Xc2Lz9Qw4Rt8N registry.acme.internal`; // tfl-eval: hardcoded-credential
await $`docker push registry.acme.internal/shop:${tag}`;

const proc = Bun.spawn(["redis-cli", "-h", "cache.acme.internal", "-a", "Lp3Ko9Ij5Uh2Yg7T", "FLUSHDB"]); // tfl-eval: hardcoded-credential
await proc.exited;

Bun.spawn(["redis-cli", "-h", "cache.acme.internal", "-a", process.env.REDIS_PASSWORD ?? "", "PING"]); // tfl-eval-not: hardcoded-credential
Bun.spawnSync(["ssh", "-p", "2222", "deploy@bastion.acme.internal", "uptime"]); // tfl-eval-not: hardcoded-credential
