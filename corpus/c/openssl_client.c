/*
 * Telemetry uplink: an OpenSSL client for the ingestion endpoint.
 */
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string.h>

static const char *const INGEST_CA_FILE = "certs/DigiCertGlobalRootG2.crt.pem";
static const char EXPECTED_ISSUER[] = "DigiCert Global Root G2"; // pinscan-expect: PIN107[DigiCert Global Root G2]

static int check_issuer(int preverify_ok, X509_STORE_CTX *store)
{
    X509 *cert = X509_STORE_CTX_get_current_cert(store);
    char issuer[256];
    X509_NAME_oneline(X509_get_issuer_name(cert), issuer, sizeof issuer);
    return preverify_ok && strstr(issuer, EXPECTED_ISSUER) != NULL; // pinscan-expect: PIN111
}

SSL_CTX *ingest_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method()); // pinscan-negative: PIN502
    if (ctx == NULL)
        return NULL;
    if (SSL_CTX_load_verify_locations(ctx, INGEST_CA_FILE, NULL) != 1) { // pinscan-expect: PIN310[DigiCert Global Root G2]
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, check_issuer);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION); // pinscan-negative: PIN502
    return ctx;
}

/* The metrics sidecar adds its private CA next to the system roots. */
SSL_CTX *metrics_ctx(const char *extra_ca)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_load_verify_locations(ctx, extra_ca, NULL); // pinscan-negative: PIN310
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL); // pinscan-negative: PIN111, PIN501
    return ctx;
}

/* The platform store only. */
int use_system_roots(SSL_CTX *ctx)
{
    return SSL_CTX_set_default_verify_paths(ctx); // pinscan-negative: PIN310
}

/* The audit log store: a store built from one certificate read at start-up. */
int audit_store(SSL_CTX *ctx, X509 *audit_root)
{
    X509_STORE *store = X509_STORE_new();
    if (!X509_STORE_add_cert(store, audit_root)) // pinscan-expect: PIN310
        return 0;
    SSL_CTX_set_cert_store(ctx, store); // pinscan-expect: PIN310
    return SSL_CTX_load_verify_file(ctx, "/etc/ssl/certs/ca-certificates.crt"); // pinscan-negative: PIN310
}

/* Bench harness against a self-signed test server. */
void bench_ctx(SSL_CTX *ctx, SSL *ssl)
{
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL); // pinscan-expect: PIN501
    SSL_set_verify(ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL); // pinscan-negative: PIN501
    X509_STORE_CTX_set_verify_cb(NULL, check_issuer);
    // SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);  pinscan-negative: PIN501
}

/* The legacy meter protocol gateway still speaks TLS 1.0. */
SSL_CTX *legacy_meter_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method()); // pinscan-expect: PIN502
    SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION); // pinscan-expect: PIN502
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION); // pinscan-negative: PIN502
    return ctx;
}
