import got from 'got';
import ky from 'ky';
import { Pool } from 'undici';
import { Client as FtpClient } from 'basic-ftp';

export const carrier = got.extend({
  prefixUrl: 'https://api.carrier-partner.example/v2',
  username: 'shop-integration',
  password: '8qg59JClfod44FuWxy', // tfl-eval: hardcoded-credential
});

export const pricing = ky.create({
  prefixUrl: 'https://pricing.partner.example',
  headers: { 'X-Api-Key': 'bfd7be6f83ff8e5b5a7b974a3dbb61d2' }, // tfl-eval: hardcoded-credential
});

export const inventory = new Pool('https://inventory.partner.example', {
  connections: 8,
});

export async function fetchInventory() {
  return inventory.request({
    path: '/v1/stock',
    method: 'GET',
    headers: { authorization: 'Bearer stfzCKeVqB2DwBRMwTlNJUjmlAMYgX4hbfu07lwu' }, // tfl-eval: hardcoded-credential
  });
}

export async function uploadFeed(localPath: string) {
  const ftp = new FtpClient();
  await ftp.access({ host: 'ftp.partner.example', user: 'feeds', password: '4POregLNSjpFK2xT', secure: true }); // tfl-eval: hardcoded-credential
  await ftp.uploadFrom(localPath, 'feed.xml');
  ftp.close();
}

export async function uploadFeedFromEnv(localPath: string) {
  const ftp = new FtpClient();
  await ftp.access({ host: process.env.FTP_HOST, user: process.env.FTP_USER, password: process.env.FTP_PASSWORD }); // tfl-eval-not: hardcoded-credential
  await ftp.uploadFrom(localPath, 'feed.xml');
}
