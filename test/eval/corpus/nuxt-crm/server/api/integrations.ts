import Stripe from 'stripe';
import { WebClient } from '@slack/web-api';
import OpenAI from 'openai';

export const stripe = new Stripe('rk_live_ImjQq1XiWKRd6QUQjXjtl8EE', { apiVersion: '2024-06-20' }); // tfl-eval: hardcoded-credential
export const slack = new WebClient(process.env.SLACK_TOKEN);
export const openai = new OpenAI({ apiKey: useRuntimeConfig().openaiKey });
export const hubspot = {
  portalId: 4412789,
  accessToken: 'pat-na1-97ab1f9f-c239-2cd4-69ad-0fae674f7c20', // tfl-eval: hardcoded-credential
  placeholder: 'Paste your HubSpot token here',
};
export const firebaseWeb = {
  apiKey: 'AIzaBgX4sVngjQf5vjCaJtq7byfZKjmpVSy9WcL',
  authDomain: 'crm-prod.firebaseapp.com',
  projectId: 'crm-prod',
  messagingSenderId: '670566610608',
};
