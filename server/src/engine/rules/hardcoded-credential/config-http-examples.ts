// HTTP request file examples (REST Client, JetBrains HTTP Client). Generated values, never real.
import type { Examples } from '../../rule';

export const httpFileExamples: Examples = {
  valid: [
    {
      name: 'values from the environment and other variables, a public base URL, headers that hold no secret',
      path: 'http/api.http',
      code: `@baseUrl = https://api.example.com
@token = {{$dotenv API_TOKEN}}

### List orders
GET {{baseUrl}}/orders?page=2
Authorization: Bearer {{token}}
Accept: application/json

### Sign in
POST {{baseUrl}}/auth/login
Content-Type: application/json

{ "username": "dispatcher", "password": "{{$processEnv DISPATCHER_PASSWORD}}" }
`,
    },
  ],
  invalid: [
    {
      name: 'a token variable, a Bearer header, an API key header, a Basic header and a password in a JSON body',
      path: 'requests/fleet.rest',
      code: `@adminToken = ⟦Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2mQ7⟧

GET https://api.example.com/vehicles
Authorization: Bearer ⟦Hr5Yd2Jk8Pw4GsVn3Cx7Bz1Qa9LwTz8Wq⟧
X-Api-Key: ⟦dk_live_9ba5810bc8f6db4009327de3e0fa410d⟧

###
GET https://api.example.com/legacy/export
Authorization: ⟦Basic ZGlzcGF0Y2hlcjpOT0xBS0VlemtIcndyejc=⟧

###
POST https://partner.example.com/hooks?signature_key=⟦Q7rZb3KxW1m5Pj9TdC2v⟧ HTTP/1.1

###
POST https://api.example.com/auth/login
Content-Type: application/json

{ "username": "dispatcher", "password": "⟦Tz8Wq3Mn6Bv1Kc⟧" }
`,
    },
  ],
};
