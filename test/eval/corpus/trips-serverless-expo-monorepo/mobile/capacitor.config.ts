import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'example.trips.companion',
  appName: 'Trips Companion',
  webDir: 'dist',
  plugins: {
    GoogleAuth: {
      scopes: ['profile', 'email'],
      serverClientId: '65790684988-r9m5javyh7sygs9j0eybrztexomyfhf4.apps.googleusercontent.com', // tfl-eval-not: hardcoded-credential
      forceCodeForRefreshToken: true,
    },
    PushNotifications: { presentationOptions: ['badge', 'sound', 'alert'] },
  },
};

export default config;
