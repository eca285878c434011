// Vue, Svelte and Astro component examples: their <script> blocks (and Astro's frontmatter) are read
// as JavaScript/TypeScript in place; markup, styles and JSON data blocks are not. Generated values, never real.
import type { Examples } from '../../rule';

export const componentExamples: Examples = {
  valid: [
    {
      name: "a password input and its label, a publishable Stripe key, a Firebase web config, a JSON-LD block, a style",
      path: 'src/components/Checkout.vue',
      code: `<template>
  <label>Password <input type="password" v-model="password" placeholder="Password" /></label>
  <p>{{ apiKey }}</p>
</template>

<script setup lang="ts">
import { ref } from "vue";
const password = ref("");
const stripe = Stripe("pk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
const firebaseConfig = { apiKey: "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", authDomain: "shop-7c1e2.firebaseapp.com", projectId: "shop-7c1e2" };
</script>

<script type="application/ld+json">
{ "password": "Wm4kTz9qLp2xVr7n" }
</script>
<style scoped>
.password { color: red; }
</style>
`,
    },
    {
      name: "SvelteKit's private env module and an Astro page reading import.meta.env",
      path: 'src/pages/posts.astro',
      code: `---
import { CMS_TOKEN } from "astro:env/server";
const token = import.meta.env.CMS_TOKEN;
const res = await fetch("https://cms.example.com/posts", { headers: { Authorization: \`Bearer \${token}\` } });
---
<p>Enter your password to continue</p>
`,
    },
  ],
  invalid: [
    {
      name: "a key in a Vue component's script and a token in a Svelte component's module script",
      path: 'src/routes/weather/+page.svelte',
      code: `<script context="module">
  const WEATHER_API_KEY = ⟦"8c943b2ec37e6dd569e277f88b60fd43"⟧;
</script>

<script>
  let city = "Oslo";
</script>

<p>Weather in {city}</p>
`,
    },
    {
      name: "a Bearer token in an Astro page's frontmatter (server-side code)",
      path: 'src/pages/index.astro',
      code: `---
const res = await fetch("https://api.example.com/posts", { headers: { Authorization: ⟦"Bearer Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2mQ7"⟧ } });
---
<ul>{(await res.json()).map((post) => <li>{post.title}</li>)}</ul>
`,
    },
  ],
};
