;; gate: TLSv1_method TLSv1_client_method TLSv1_1_method TLSv1_1_client_method SSLv3_method SSLv3_client_method SSLv2_method SSLv2_client_method
;; gate: wolfTLSv1_client_method wolfTLSv1_1_client_method wolfSSLv3_client_method wolfTLSv1_method wolfTLSv1_1_method
;; gate: SSL_CTX_set_max_proto_version SSL_set_max_proto_version CURLOPT_SSLVERSION mbedtls_ssl_conf_max_version
;; gate: tlsv1 tlsv1_client tlsv11 tlsv11_client sslv3 sslv3_client sslv2 sslv2_client
;; Why this gate: every pattern pins the function or option name with an anchored #match?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN502 (tree-sitter-cpp 0.23): TLS below 1.2. OpenSSL / wolfSSL version-specific methods
;; (TLSv1_method(), TLSv1_1_client_method(), SSLv3_method(), wolfTLSv1_client_method());
;; SSL_CTX_set_max_proto_version(ctx, TLS1_VERSION | TLS1_1_VERSION | SSL3_VERSION);
;; libcurl CURLOPT_SSLVERSION with CURL_SSLVERSION_TLSv1_0 / _1, SSLv3 or a MAX_TLSv1_0 / _1
;; cap; mbedtls_ssl_conf_max_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3,
;; MBEDTLS_SSL_MINOR_VERSION_0 | _1 | _2). TLS_client_method(), TLS1_2_VERSION and
;; CURL_SSLVERSION_TLSv1 (any TLS 1.x, negotiated) stay silent.
((_
  function: (_) @_f @pin.value
  arguments: (argument_list)) @pin
  (#match? @_f "^(::)?((wolf)?(TLSv1|TLSv1_1|SSLv3|SSLv2)(_client|_server)?_method|wolfSSLv3(_client|_server)?_method)$"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(SSL_CTX_set_max_proto_version|SSL_set_max_proto_version)$")
  (#match? @pin.value "^(TLS1_VERSION|TLS1_1_VERSION|SSL3_VERSION)$"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (identifier) @_opt . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(curl_easy_setopt)$")
  (#eq? @_opt "CURLOPT_SSLVERSION")
  (#match? @pin.value "CURL_SSLVERSION_(MAX_)?(TLSv1_[01]|SSLv[23])\\b"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(mbedtls_ssl_conf_max_version)$")
  (#match? @pin.value "^(MBEDTLS_SSL_MINOR_VERSION_[012]|[012])$"))

;; Boost.Asio: ssl::context ctx(ssl::context::tlsv1_client) (tlsv1, tlsv11, sslv3, sslv2).
((qualified_identifier) @pin @pin.value
  (#match? @pin.value "(^|::)context::(tlsv1|tlsv11|sslv3|sslv2)(_client)?$"))
