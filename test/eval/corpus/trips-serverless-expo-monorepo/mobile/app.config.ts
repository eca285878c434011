import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Trips',
  slug: 'trips',
  version: '2.3.0',
  ios: { bundleIdentifier: 'example.trips.app' },
  android: { package: 'example.trips.app' },
  plugins: ['sentry-expo', 'expo-router'],
  extra: {
    eas: { projectId: 'b336b63e-a355-422e-958b-e6c7f5d5125a' },
    revenueCatIosKey: 'appl_Urgh7U7eO0tVuTbqg7IdEWXKiW6', // tfl-eval-not: hardcoded-credential
    apiBaseUrl: process.env.EXPO_PUBLIC_API_URL ?? 'https://api.trips.example',
  },
  hooks: {
    postPublish: [
      {
        file: 'sentry-expo/upload-sourcemaps',
        config: {
          organization: 'trips',
          project: 'trips-mobile',
          authToken: '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', // tfl-eval: hardcoded-credential
        },
      },
    ],
  },
};

export default config;
