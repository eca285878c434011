import { OneSignal } from 'react-native-onesignal';
import Constants from 'expo-constants';

const ONESIGNAL_REST_KEY = 'os_v2_app_n4wrzcslhzhzvhd5f2nqvh4nprx6kqxm4vvzctwsiup3z7yq2k6a'; // tfl-eval: hardcoded-credential

export function initPush(): void {
  OneSignal.initialize(Constants.expoConfig?.extra?.oneSignalAppId);
}

export async function nudgeDriver(playerId: string, text: string): Promise<void> {
  await fetch('https://api.onesignal.com/notifications', {
    method: 'POST',
    headers: { Authorization: `Key ${ONESIGNAL_REST_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ include_subscription_ids: [playerId], contents: { en: text } }),
  });
}
