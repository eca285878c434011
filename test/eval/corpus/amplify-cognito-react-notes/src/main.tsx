import React from 'react';
import ReactDOM from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import awsExports from './aws-exports';
import App from './App';

Amplify.configure(awsExports);

ReactDOM.createRoot(document.getElementById('root')!).render(
  <Authenticator loginMechanisms={['email']} formFields={{ signIn: { password: { label: 'Password', placeholder: 'Enter your password' } } }}>
    <App />
  </Authenticator>,
);
