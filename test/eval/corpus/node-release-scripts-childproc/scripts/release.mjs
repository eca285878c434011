import { execSync, execFileSync, spawn } from 'node:child_process';
import { execa } from 'execa';

const version = process.argv[2];

// Registry login for the image push.
execSync('docker login -u acme-release -p Xk4vR8mT2qLw9Zn registry.acme.internal', { stdio: 'inherit' }); // tfl-eval: hardcoded-credential
execSync(`docker build -t registry.acme.internal/shop:${version} .`, { stdio: 'inherit' });

// Tell the artifact store about the new build.
execFileSync('curl', ['-fsS', '-u', 'release-bot:Nw7pQ3xK8vLm2RtZ', '-T', 'dist/shop.tgz', `https://artifacts.acme.internal/shop/${version}/`]); // tfl-eval: hardcoded-credential, undeclared-dependency
execFileSync('curl', ['-fsS', '-u', `release-bot:${process.env.ARTIFACTS_PASSWORD}`, '-T', 'dist/shop.tgz', 'https://artifacts.acme.internal/']); // tfl-eval: undeclared-dependency

// Sentry release.
await execa('sentry-cli', ['releases', 'new', version, '--auth-token', 'Hq2wE5rT8yU1iO4pA7sDf3Gh6Jk9Lz0XcVbN1mQa'], { stdio: 'inherit' }); // tfl-eval: hardcoded-credential
await execa('sentry-cli', ['releases', 'finalize', version], { env: { SENTRY_AUTH_TOKEN: process.env.SENTRY_AUTH_TOKEN } }); // tfl-eval-not: hardcoded-credential

// Warm the CDN from the jump host.
const ssh = spawn('sshpass', ['-p', 'Bv6Nm1Qw8Er3Ty5U', 'ssh', '-p', '2222', 'deploy@jump.acme.internal', 'warm-cdn'], { stdio: 'inherit' }); // tfl-eval: hardcoded-credential
ssh.on('exit', (code) => process.exit(code ?? 1));
