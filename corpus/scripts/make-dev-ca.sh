#!/bin/sh
# Makes the development CA and a server certificate for the local broker, then checks the
# chain. Everything it names is something it makes: no client trusts anything here.
set -eu
out=${1:-./dev-certs}
mkdir -p "$out"
openssl genrsa -out "$out/ca.key" 4096
openssl req -x509 -new -key "$out/ca.key" -days 30 -subj "/CN=Contoso Dev Root CA/O=Contoso/C=US" -out "$out/ca.pem"
openssl req -new -key "$out/server.key" -subj "/CN=broker.dev.contoso.example/O=Contoso" -out "$out/server.csr"
openssl x509 -req -in "$out/server.csr" -CA "$out/ca.pem" -CAkey "$out/ca.key" -CAcreateserial -out "$out/server.pem"
openssl verify -CAfile "$out/ca.pem" "$out/server.pem"  # pinscan-expect: PIN325@note
curl --cacert /etc/contoso/dev-root.pem https://broker.dev.contoso.example/health  # pinscan-expect: PIN325@note
