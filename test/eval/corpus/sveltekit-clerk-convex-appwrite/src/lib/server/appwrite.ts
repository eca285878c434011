import { Client, Storage, Users } from 'node-appwrite';
import { env } from '$env/dynamic/private';

export function adminClient() {
  return new Client()
    .setEndpoint(env.APPWRITE_ENDPOINT ?? 'https://cloud.appwrite.io/v1')
    .setProject('acme-notes') // tfl-eval-not: hardcoded-credential
    .setKey(env.APPWRITE_API_KEY!); // tfl-eval-not: hardcoded-credential
}

// The archive project lives in another Appwrite organisation.
export const archive = new Client()
  .setEndpoint('https://fra.cloud.appwrite.io/v1')
  .setProject('acme-archive')
  .setKey('standard_570a328a96a5905b0c45c68418775290cf85edbb18dee21b6a3815d820535a1236af15eda376aa217165af0966c983774e48a605fddd6e9890e4007b472668373b338d8ed6c78280df2118c165e14507bf041b314ad90787badb047cb4b49e3fc32deac054065ee90d5f081b62373363c0e9b2ddaf32e078f4dd62f71f668ab1'); // tfl-eval: hardcoded-credential

export const storage = new Storage(adminClient());
export const users = new Users(adminClient());
