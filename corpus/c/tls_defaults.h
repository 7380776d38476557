/* Plain C header: the client's TLS defaults (pinscan reads .h files as C unless they hold
 * C++ or Objective-C). */
#ifndef TLS_DEFAULTS_H
#define TLS_DEFAULTS_H

#include <openssl/ssl.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline void tls_defaults_insecure(SSL_CTX *ctx)
{
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL); // pinscan-expect: PIN501
}

static inline void tls_defaults_secure(SSL_CTX *ctx)
{
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL); // pinscan-negative: PIN501
}

#ifdef __cplusplus
}
#endif

#endif
