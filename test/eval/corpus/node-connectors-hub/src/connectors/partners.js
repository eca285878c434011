import got from 'got';
import superagent from 'superagent';
import { GraphQLClient } from 'graphql-request';
import mqtt from 'mqtt';
import imaps from 'imap-simple';
import * as ftp from 'basic-ftp';
import SftpClient from 'ssh2-sftp-client';

const carrier = got.extend({
  prefixUrl: 'https://api.carrier.example/v3',
  username: 'acme-hub',
  password: 'KlkS4nN5*3gsQkQ3gw', // tfl-eval: hardcoded-credential
});

export const rates = (zip) => carrier.get('rates', { searchParams: { zip } }).json();

export const invoices = () =>
  superagent.get('https://billing.partner.example/api/invoices').auth('acme-hub', 'UAfrPKK!p41xg#LN'); // tfl-eval: hardcoded-credential

export const catalog = new GraphQLClient('https://catalog.partner.example/graphql', {
  headers: { authorization: 'Bearer MGUCM3S4rZ0X3DAQHLXgPy45r2WYPfOTMIXxYQQe' }, // tfl-eval: hardcoded-credential
});

export const telemetry = mqtt.connect('mqtts://broker.iot.acme.example:8883', {
  username: 'hub',
  password: '-ltW4lO#e0F0hv6y', // tfl-eval: hardcoded-credential
  clientId: `hub-${process.pid}`,
});

export async function readReturnsMailbox() {
  const conn = await imaps.connect({
    imap: {
      user: 'returns@acme.example',
      password: 'phzHfwiUNY0l%_vp', // tfl-eval: hardcoded-credential
      host: 'imap.acme.example',
      port: 993,
      tls: true,
    },
  });
  await conn.openBox('INBOX');
  return conn.search(['UNSEEN'], { bodies: ['HEADER'] });
}

export async function pushManifest(local) {
  const client = new ftp.Client();
  await client.access({ host: 'ftp.customs.example', user: 'acme', password: '5pDKtR3oqe#nAG', secure: true }); // tfl-eval: hardcoded-credential
  await client.uploadFrom(local, 'inbound/manifest.csv');
  client.close();
}

export async function pushLabels(local) {
  const sftp = new SftpClient();
  await sftp.connect({ host: 'sftp.labels.example', username: 'acme', password: process.env.SFTP_PASSWORD }); // tfl-eval-not: hardcoded-credential
  await sftp.put(local, '/in/labels.zip');
  await sftp.end();
}
