;; gate: CURL_SSLVERSION_TLSv1_0 CURL_SSLVERSION_TLSv1_1 CURL_SSLVERSION_SSLv2 CURL_SSLVERSION_SSLv3
;; gate: CURL_SSLVERSION_MAX_TLSv1_0 CURL_SSLVERSION_MAX_TLSv1_1
;; gate: STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT
;; gate: STREAM_CRYPTO_METHOD_SSLv3_CLIENT STREAM_CRYPTO_METHOD_SSLv2_CLIENT CURLOPT_SSLVERSION
;; Why this gate: every pattern's value names one of these constants, except the numeric
;; CURLOPT_SSLVERSION forms, which pin the option with #match?.

;; PIN502 (deprecated TLS), PHP: curl CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_0 / _1,
;; SSLv2 / SSLv3 (or their numbers 4, 5, 2, 3) and the MAX_TLSv1_0 / _1 caps; stream
;; contexts 'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT / _1_CLIENT (also OR-ed
;; with newer methods), stream_socket_enable_crypto(..., STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT).
;; Not findings: CURL_SSLVERSION_TLSv1_2 / _3, CURL_SSLVERSION_TLSv1 and CURL_SSLVERSION_DEFAULT
;; (both negotiate the highest version), STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT.

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "curl_setopt")
  (#match? @_k "^\\\\?CURLOPT_SSLVERSION$")
  (#match? @pin.value "^(\\\\?CURL_SSLVERSION_(MAX_)?(TLSv1_0|TLSv1_1|SSLv2|SSLv3)|[2345])$"))

((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^\\\\?CURLOPT_SSLVERSION$")
  (#match? @pin.value "^(\\\\?CURL_SSLVERSION_(MAX_)?(TLSv1_0|TLSv1_1|SSLv2|SSLv3)|[2345])$"))

((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^[\"']crypto_method[\"']$")
  (#match? @pin.value "STREAM_CRYPTO_METHOD_(TLSv1_0|TLSv1_1|SSLv2|SSLv3)_CLIENT"))

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @pin.value))) @pin
  (#eq? @_f "stream_socket_enable_crypto")
  (#match? @pin.value "STREAM_CRYPTO_METHOD_(TLSv1_0|TLSv1_1|SSLv2|SSLv3)_CLIENT"))

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "stream_context_set_option")
  (#match? @_k "^[\"']crypto_method[\"']$")
  (#match? @pin.value "STREAM_CRYPTO_METHOD_(TLSv1_0|TLSv1_1|SSLv2|SSLv3)_CLIENT"))
