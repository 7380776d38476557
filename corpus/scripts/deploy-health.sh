#!/bin/sh
# Checks the billing API after a deployment, trusting only the partner root.
set -eu
curl --fail --cacert /etc/contoso/partner-root.pem https://billing.contoso.example/health  # pinscan-expect: PIN325@warning
if [ "$?" -ne 0 ]; then
  echo "Health check failed. Run it by hand with: curl --cacert /etc/contoso/partner-root.pem https://billing.contoso.example/health"  # pinscan-expect: PIN325@note
fi
