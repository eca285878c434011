import { createBackend } from "@backstage/backend-defaults";

const backend = createBackend();

backend.add(import("@backstage/plugin-app-backend"));
backend.add(import("@backstage/plugin-proxy-backend"));
backend.add(import("@backstage/plugin-auth-backend"));
backend.add(import("@backstage/plugin-auth-backend-module-github-provider"));
backend.add(import("@backstage/plugin-catalog-backend"));
backend.add(import("@internal/plugin-acme-costs-backend"));

backend.start();
