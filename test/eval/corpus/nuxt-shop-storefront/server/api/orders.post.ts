export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig();
  return $fetch("https://api.shop.example.com/orders", { headers: { "X-Api-Key": config.shopApiKey } });  // tfl-eval-not: hardcoded-credential
});
