export const firebaseConfig = {
  apiKey: "AIza5JFTAQSkEEQR6qS0DJwCQPyHHrrmJ6W_QUU",  // tfl-eval-not: hardcoded-credential
  authDomain: "weather-5e1f2.firebaseapp.com",
  projectId: "weather-5e1f2",
};
