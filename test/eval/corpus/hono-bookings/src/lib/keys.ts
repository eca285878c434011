// The identity service's previous signing key, still accepted for tokens issued before the rotation.
export const PREVIOUS_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApzCKsrhORamtbO5FThVu
cjg/EZZH2jghFcIBeyX4rv/1oVesGAsYUEzhrXUXPFAqg/3UbCoxCJGnCtHGdjNP
eIgABsriy4a4bBPQ3brygnPlQPAiLWN1QEIpQXOwV89RHDqsupbVnQy25LxaENhJ
p/HhWkLv3eMRcVqJcV51IBvkWbUhMED6YUufwkznzbRA52RcBJHcHPI4ilXwvUJ6
jD95eiPOb4IExiyWbzG5nL9rtKGMPXK3dukMZRKE9Cf4M6v71NEkm9GfUcIGz/P8
/M0FDcMVm0H2SIzVw5cNzn6Khz+cUB8gqOa9r8t5Yii88OLSF/v265x9l9sLBPIj
WwIDAQAB
-----END PUBLIC KEY-----`;

export const KEY_ID = 'id-2023-11';
