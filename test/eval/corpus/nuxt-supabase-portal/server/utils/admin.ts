import { createClient } from '@supabase/supabase-js'

// Service-role client: bypasses row level security, server only.
export const supabaseAdmin = createClient(
  'https://bs9o25z02bq8rh45e462.supabase.co',
  'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImsxbGgxdXhrYmRvdm9mbWNnYXI1IiwgInJvbGUiOiAic2VydmljZV9yb2xlIiwgImlhdCI6IDE3MTIwMDAwMDAsICJleHAiOiAyMDI3NTc2MDAwfQ.88V70EInc95vKnVAIW2OeTaxgooAB4YGayS6kcYfpeM', // tfl-eval: hardcoded-credential
  { auth: { persistSession: false } },
)

export const anonClient = createClient('https://5rcl7vamponaak3f8of5.supabase.co', 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogInlocGRxOTBhampjdXV4NTZkOXA5IiwgInJvbGUiOiAiYW5vbiIsICJpYXQiOiAxNzEyMDAwMDAwLCAiZXhwIjogMjAyNzU3NjAwMH0.c0OooaemzHHiBZkEBj9md3fjE4krP9rXEe4YDQdYZ10') // tfl-eval-not: hardcoded-credential
