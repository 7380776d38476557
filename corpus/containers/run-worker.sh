#!/bin/sh
# Local run of the worker with the staging CA only.
docker run --rm \
  -e REQUESTS_CA_BUNDLE=/trust/staging-root.pem \
  --env SSL_CERT_FILE=/trust/staging-root.pem \
  -e CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt \
  -e NODE_EXTRA_CA_CERTS=/trust/staging-root.pem \
  contoso/telemetry-worker:1.4
