;; gate: SSL_CTX_set_verify SSL_set_verify wolfSSL_CTX_set_verify wolfSSL_set_verify mbedtls_ssl_conf_authmode mbedtls_ssl_set_hs_authmode
;; gate: CURLOPT_SSL_VERIFYPEER CURLOPT_SSL_VERIFYHOST CURLOPT_PROXY_SSL_VERIFYPEER CURLOPT_PROXY_SSL_VERIFYHOST skip_cert_common_name_check
;; gate: verify_none
;; Why this gate: every pattern pins the function, option or field name with an anchored #match? / #eq?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN501 (tree-sitter-cpp 0.23): certificate or host-name verification switched off.
;; OpenSSL / wolfSSL SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, ...) (or 0); mbedTLS
;; mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE | MBEDTLS_SSL_VERIFY_OPTIONAL);
;; libcurl CURLOPT_SSL_VERIFYPEER / CURLOPT_SSL_VERIFYHOST set to 0, 0L or false;
;; ESP-IDF .skip_cert_common_name_check = true. SSL_VERIFY_PEER, MBEDTLS_SSL_VERIFY_REQUIRED,
;; 1L / 2L are the defaults and stay silent.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?((wolfSSL_)?(SSL_CTX|SSL)_set_verify)$")
  (#match? @pin.value "^((WOLF)?SSL_VERIFY_NONE|0)$"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(mbedtls_ssl_conf_authmode|mbedtls_ssl_set_hs_authmode)$")
  (#match? @pin.value "^MBEDTLS_SSL_VERIFY_(NONE|OPTIONAL)$"))

((_
  function: (_) @_f
  arguments: (argument_list . (_) . (identifier) @pin.value . (_) @_off)) @pin
  (#match? @_f "^(::)?(curl_easy_setopt)$")
  (#match? @pin.value "^CURLOPT_(PROXY_)?SSL_VERIFY(PEER|HOST)$")
  (#match? @_off "^(0[lL]?|false|FALSE|\\(long\\) ?0)$"))

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: (true)) @pin @pin.value
  (#eq? @_k "skip_cert_common_name_check"))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  right: (true)) @pin @pin.value
  (#eq? @_k "skip_cert_common_name_check"))

;; Boost.Asio: ctx.set_verify_mode(ssl::verify_none) / stream.set_verify_mode(...).
((_
  function: (_ field: (field_identifier) @_m)
  arguments: (argument_list . (_) @pin.value)) @pin
  (#eq? @_m "set_verify_mode")
  (#match? @pin.value "(^|::)verify_none$"))
