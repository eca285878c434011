import React from 'react';
import CodeBlock from '@theme/CodeBlock';

// The page shows how a client logs in; the values are the tutorial's.
const client = { user: 'demo', password: 'Orchid-Falcon-42' }; // tfl-eval-not: hardcoded-credential

export default function AuthExample() {
  return <CodeBlock language="js">{`login(${JSON.stringify(client)})`}</CodeBlock>;
}
