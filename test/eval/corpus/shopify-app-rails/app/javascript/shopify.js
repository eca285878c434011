// The App Bridge API key is the app's public client id: Shopify sends it to every merchant's browser.
const apiKey = document.querySelector('meta[name="shopify-api-key"]').content; // tfl-eval-not: hardcoded-credential
const host = new URLSearchParams(location.search).get("host");

export function appBridgeConfig() {
  return { apiKey, host, forceRedirect: true };
}
