import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  images: { remotePatterns: [{ protocol: 'https', hostname: 'cdn.tickets.example.org' }] },
  async rewrites() {
    return [{ source: '/api/:path*', destination: `${process.env.API_ORIGIN ?? 'http://localhost:4000'}/:path*` }];
  },
};

export default withNextIntl(nextConfig);
