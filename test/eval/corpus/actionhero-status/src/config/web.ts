const namespace = "web";

export const DEFAULT = {
  [namespace]: () => ({
    enabled: true,
    secure: false,
    serverOptions: {},
    allowedRequestHosts: process.env.ALLOWED_HOSTS ? process.env.ALLOWED_HOSTS.split(",") : [],
    port: process.env.PORT || 8080, // tfl-eval-not: hardcoded-port
    bindIP: "0.0.0.0",
    httpHeaders: { "X-Powered-By": "status-api", "Access-Control-Allow-Origin": "*" },
    urlPathForActions: "api",
    rootEndpointType: "file",
    fingerprintOptions: { cookieKey: "sessionID", toSetCookie: true, onlyStaticElements: false, settings: { path: "/", expires: 3600000 } },
  }),
};

export const test = {
  [namespace]: () => ({ secure: false, port: process.env.PORT || 1000 + (parseInt(process.env.JEST_WORKER_ID || "0") + 1), matchExtensionMime: true }),
};

export const production = {
  [namespace]: () => ({ padding: null, metadataOptions: { serverInformation: false, requesterInformation: false } }),
};
