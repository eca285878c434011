import Purchases from "react-native-purchases";
import { Platform } from "react-native";

// RevenueCat's public SDK keys: made to ship inside the app.
const REVENUECAT_IOS_KEY = "appl_njY51mQP9a0hPRqW435qKtqG87L"; // tfl-eval-not: hardcoded-credential
const REVENUECAT_ANDROID_KEY = "goog_mXzRkzQdREd3HN0Z8D7XWsUtlcq"; // tfl-eval-not: hardcoded-credential

export function configurePurchases(userId: string): void {
  Purchases.configure({ apiKey: Platform.OS === "ios" ? REVENUECAT_IOS_KEY : REVENUECAT_ANDROID_KEY, appUserID: userId });
}
