;; gate: SSL_CTX_set_verify SSL_set_verify wolfSSL_CTX_set_verify wolfSSL_set_verify X509_STORE_CTX_set_verify_cb X509_STORE_set_verify_cb* SSL_CTX_set_cert_verify_callback mbedtls_ssl_conf_verify mbedtls_ssl_set_verify
;; Why this gate: every pattern pins the function (or C++ member) name with an anchored #match? / #eq?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN111 (tree-sitter-c 0.24): a custom certificate-verification callback. OpenSSL / wolfSSL
;; SSL_CTX_set_verify(ctx, mode, callback) and SSL_set_verify with a callback (a NULL
;; callback is the library's own verification; mode VERIFY_NONE is PIN501),
;; X509_STORE_CTX_set_verify_cb / X509_STORE_set_verify_cb(store, cb),
;; SSL_CTX_set_cert_verify_callback(ctx, cb, arg) (replaces chain verification) and mbedTLS
;; mbedtls_ssl_conf_verify(conf, cb, p) / mbedtls_ssl_set_verify. The callback is the value.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @_mode . (_) @pin.value)) @pin
  (#match? @_f "^(::)?((wolfSSL_)?(SSL_CTX|SSL)_set_verify)$")
  (#not-match? @_mode "VERIFY_NONE|^0$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$|^\\["))


((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(X509_STORE_CTX_set_verify_cb|X509_STORE_set_verify_cb(_func)?|SSL_CTX_set_cert_verify_callback|mbedtls_ssl_conf_verify|mbedtls_ssl_set_verify)$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))
