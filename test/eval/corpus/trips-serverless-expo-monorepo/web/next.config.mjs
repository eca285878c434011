/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    CMS_PREVIEW_SECRET: 'tCAya2audtHxYb53O04F59nkgywg0OpI', // tfl-eval: hardcoded-credential
    CMS_SPACE_ID: 'trips-marketing',
  },
  publicRuntimeConfig: {
    algoliaAppId: 'CYV7C001AQ',
    algoliaSearchKey: '5940ab5eda25c76c633078e415b94b73', // tfl-eval-not: hardcoded-credential
  },
};

export default nextConfig;
