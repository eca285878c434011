import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "");
  return {
    define: {
      __MAPS_KEY__: JSON.stringify(env.MAPS_KEY),  // tfl-eval-not: hardcoded-credential
      __ANALYTICS_WRITE_KEY__: JSON.stringify("J6WPUwKIaug0H3wcu9IMGoFm2EwO8FQGUguGRpV4"),  // tfl-eval: hardcoded-credential
    },
  };
});
