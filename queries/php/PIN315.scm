;; gate: CURLOPT_PINNEDPUBLICKEY CURLOPT_PROXY_PINNEDPUBLICKEY peer_fingerprint
;; Why this gate: every pattern pins the curl option or the stream-context key with #match?.

;; PIN315 (php-tls-pin): declarative pins in PHP: curl CURLOPT_PINNEDPUBLICKEY
;; ('sha256//...' SPKI hashes, several joined by ';', or a public-key file) and stream
;; context 'peer_fingerprint' (a digest string, or an array of algorithm => digest).

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "curl_setopt")
  (#match? @_k "^\\\\?(CURLOPT_PINNEDPUBLICKEY|CURLOPT_PROXY_PINNEDPUBLICKEY)$"))

((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^(\\\\?(CURLOPT_PINNEDPUBLICKEY|CURLOPT_PROXY_PINNEDPUBLICKEY)|[\"']peer_fingerprint[\"'])$"))

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "stream_context_set_option")
  (#match? @_k "^[\"']peer_fingerprint[\"']$"))
