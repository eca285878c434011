import { createClient } from '@supabase/supabase-js';
import { Octokit } from '@octokit/rest';
import OpenAI from 'openai';
import Stripe from 'stripe';

const SUPABASE_URL = 'https://qxkzhpcmtrnbvwlyadfe.supabase.co';

export const supabaseAdmin = createClient(SUPABASE_URL, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im14anprZHN1b2xzZm5oanpmZm9sIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMzUyMDU3OSwiZXhwIjoyMDA1NjQzNTA0fQ.bMBzMSx4GrqkUYCCXY_v1xlBv-aPdRtdx9Aw5chvmRo'); // tfl-eval: hardcoded-credential

export const octokit = new Octokit({ auth: 'ghp_7XMBgPOzKDkTarCqXgp52mMu1G7pFrOT2if1' }); // tfl-eval: hardcoded-credential

export const openai = new OpenAI({ apiKey: 'sk-proj-U2Ye2FioLswsSG7rK1aRli6YTqDwGDbrLPZRgrSMrFlEipuK' }); // tfl-eval: hardcoded-credential

export const stripe = new Stripe('rk_live_SyDJsg3uoh1BkbsryeoPTJha', { apiVersion: '2024-06-20' }); // tfl-eval: hardcoded-credential

export async function enrich(email: string) {
  const res = await fetch(`https://api.clearbit.example.com/v2/people/find?email=${encodeURIComponent(email)}`, {
    headers: { Authorization: 'Bearer sk_15b191b52e1d94997837783ab4d86330' }, // tfl-eval: hardcoded-credential
  });
  return res.json();
}
