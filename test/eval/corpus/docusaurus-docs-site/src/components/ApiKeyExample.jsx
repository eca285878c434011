import React from "react";
import CodeBlock from "@theme/CodeBlock";

// Documentation snippet: the key shown is a placeholder the reader replaces.
export default function ApiKeyExample() {
  const snippet = `curl https://api.relay.example.io/v1/messages \\
  -H "Authorization: Bearer rly_live_YOUR_API_KEY"`; // tfl-eval-not: hardcoded-credential
  return <CodeBlock language="bash">{snippet}</CodeBlock>;
}
