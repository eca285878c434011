import { Stack } from 'expo-router';
import { StripeProvider } from '@stripe/stripe-react-native';
import Constants from 'expo-constants';

export default function RootLayout() {
  return (
    <StripeProvider publishableKey={Constants.expoConfig?.extra?.stripePublishableKey}>
      <Stack />
    </StripeProvider>
  );
}
