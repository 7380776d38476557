;; gate: SSL_CTX_load_verify_locations SSL_CTX_load_verify_file SSL_CTX_load_verify_dir X509_STORE_load_locations X509_STORE_add_cert
;; Why this gate: every pattern pins the called function with an anchored #match?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN310 (native-tls-library-trust-anchor), Swift (tree-sitter-swift 0.7): OpenSSL called
;; from Swift (server-side Swift on Linux) told to trust chosen CA files:
;; SSL_CTX_load_verify_locations(ctx, caFile, caPath), SSL_CTX_load_verify_file(ctx, file),
;; SSL_CTX_load_verify_dir, X509_STORE_load_locations, X509_STORE_add_cert. The value is the
;; file (or, when it is nil, the directory). The enclosing statement list is checked as
;; text: when it also loads the platform store (SSL_CTX_set_default_verify_paths,
;; X509_STORE_set_default_paths) the CA is an addition and nothing is reported.

((statements [
    (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (_) @pin.value)))) @pin
    (property_declaration value: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (_) @pin.value)))) @pin)
    (assignment result: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (_) @pin.value)))) @pin)
    (if_statement condition: (_ lhs: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (_) @pin.value)))) @pin))
  ]) @_block
  (#match? @_fn "^(SSL_CTX_load_verify_locations|SSL_CTX_load_verify_file|SSL_CTX_load_verify_dir|X509_STORE_load_locations|X509_STORE_add_cert)$")
  (#not-match? @pin.value "^(nil|\"\")$|^\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem)\"$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem")
  (#not-match? @_block "set_default_verify_paths|X509_STORE_set_default_paths"))

((statements [
    (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (nil_literal)) . (_ value: (_) @pin.value)))) @pin
    (property_declaration value: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (nil_literal)) . (_ value: (_) @pin.value)))) @pin)
    (assignment result: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (nil_literal)) . (_ value: (_) @pin.value)))) @pin)
    (if_statement condition: (_ lhs: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: (nil_literal)) . (_ value: (_) @pin.value)))) @pin))
  ]) @_block
  (#match? @_fn "^(SSL_CTX_load_verify_locations|X509_STORE_load_locations)$")
  (#not-match? @pin.value "^(nil|\"\")$|^\"(/etc/ssl/certs/?|/etc/pki/tls/certs/?)\"$")
  (#not-match? @_block "set_default_verify_paths|X509_STORE_set_default_paths"))
