;; gate: CURLOPT_SSL_VERIFYPEER CURLOPT_SSL_VERIFYHOST CURLOPT_PROXY_SSL_VERIFYPEER CURLOPT_PROXY_SSL_VERIFYHOST
;; gate: verify_peer verify_peer_name allow_self_signed verify verify_host VERIFY withoutVerifying
;; gate: setTlsVerifyPeer setTlsVerifyPeerName setTlsSelfSignedAllowed setSslVerifyPeer setSslVerifyPeerName setSslSelfSignedAllowed setVerifyPeer setVerifyPeerName setSelfSignedAllowed setAllowSelfSigned
;; Why this gate: every pattern pins its curl option, array key or method with #match? / #eq?.

;; PIN501 (verification disabled), PHP: curl CURLOPT_SSL_VERIFYPEER false/0,
;; CURLOPT_SSL_VERIFYHOST 0/false, stream contexts 'verify_peer' / 'verify_peer_name' =>
;; false and 'allow_self_signed' => true, Guzzle 'verify' => false, Symfony HttpClient
;; 'verify_host' => false, Laravel Http::withoutVerifying(). Not findings: true, 1 for
;; VERIFYPEER, 2 for VERIFYHOST.

((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "curl_setopt")
  (#match? @_k "^\\\\?(CURLOPT_SSL_VERIFYPEER|CURLOPT_PROXY_SSL_VERIFYPEER|CURLOPT_SSL_VERIFYHOST|CURLOPT_PROXY_SSL_VERIFYHOST)$")
  (#match? @pin.value "^((?i)false|0)$"))

((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^(\\\\?(CURLOPT_SSL_VERIFYPEER|CURLOPT_PROXY_SSL_VERIFYPEER|CURLOPT_SSL_VERIFYHOST|CURLOPT_PROXY_SSL_VERIFYHOST)|[\"'](verify_peer|verify_peer_name|verify|verify_host)[\"']|\\\\?(GuzzleHttp\\\\)?RequestOptions::VERIFY)$")
  (#match? @pin.value "^((?i)false|0)$"))

((array_element_initializer
  . (_) @_k
  . (_) @pin.value .) @pin
  (#match? @_k "^[\"']allow_self_signed[\"']$")
  (#match? @pin.value "^((?i)true|1)$"))

;; stream_context_set_option($ctx, 'ssl', 'verify_peer', false)
((function_call_expression
  function: (name) @_f
  arguments: (arguments . (argument) . (argument) . (argument (_) @_k) . (argument (_) @pin.value))) @pin
  (#eq? @_f "stream_context_set_option")
  (#match? @_k "^[\"'](verify_peer|verify_peer_name)[\"']$")
  (#match? @pin.value "^((?i)false|0)$"))

;; Laravel: Http::withoutVerifying() / $pending->withoutVerifying()
((scoped_call_expression name: (name) @_m) @pin @pin.value
  (#eq? @_m "withoutVerifying"))
((member_call_expression name: (name) @_m) @pin @pin.value
  (#eq? @_m "withoutVerifying"))

;; Settings objects with setters (php-mqtt ConnectionSettings and the like; not on a chain
;; that turned TLS off with setUseTls(false)):
;; ->setTlsVerifyPeer(false), ->setTlsVerifyPeerName(false), ->setTlsSelfSignedAllowed(true).
((member_call_expression
  object: (_) @_chain
  name: (name) @_m @pin.start
  arguments: (arguments . (argument (_) @pin.value) .)) @pin
  (#not-match? @_chain "(?i)set(Use)?(Tls|Ssl)\\(\\s*false")
  (#match? @_m "^set(Tls|Ssl)?VerifyPeer(Name)?$")
  (#match? @pin.value "^((?i)false|0)$"))

((member_call_expression
  object: (_) @_chain
  name: (name) @_m @pin.start
  arguments: (arguments . (argument (_) @pin.value) .)) @pin
  (#not-match? @_chain "(?i)set(Use)?(Tls|Ssl)\\(\\s*false")
  (#match? @_m "^set((Tls|Ssl)?SelfSignedAllowed|AllowSelfSigned)$")
  (#match? @pin.value "^((?i)true|1)$"))
