import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Rideshare',
  slug: 'rideshare',
  scheme: 'rideshare',
  ios: { bundleIdentifier: 'com.rideshare.app' },
  android: { package: 'com.rideshare.app' },
  plugins: ['expo-router', ['@stripe/stripe-react-native', { merchantIdentifier: 'merchant.com.rideshare' }]],
  extra: {
    apiUrl: process.env.EXPO_PUBLIC_API_URL ?? 'https://api.rideshare.example',
    stripePublishableKey: 'pk_live_vzvyU0ZzQQZXlQsLHBgtyvkz', // tfl-eval-not: hardcoded-credential
    mapboxToken: 'pk.eyJ1IjoicmlkZXNoYXJlIiwiYSI6ImNsdzl4MnA0azBkM3cycXBnN2Z0Nm1tYzEifQ.R4kT8vN2xQ7pL5wZ9mB3cA', // tfl-eval-not: hardcoded-credential
    oneSignalAppId: '6f2d1c8a-4b3e-4f9a-9c7d-2e1b0a9f8d7c', // tfl-eval-not: hardcoded-credential
    eas: { projectId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
  },
};

export default config;
