;; gate: VERIFY_NONE verify_mode ssl_verify_mode verify-mode verify_hostname verify ssl_verify_peer verify_ssl ssl_verify verify_peer verify_callback ssl_verify_callback
;; Why this gate: every pattern pins VERIFY_NONE, its option key or its setter with #eq? /
;; #match? on a whole name.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN501 (verification disabled), Ruby. Not findings: OpenSSL::SSL::VERIFY_PEER,
;; verify: true, comparisons such as `if ctx.verify_mode == OpenSSL::SSL::VERIFY_NONE`,
;; JWT.decode(token, key, true, verify: false)-style options of non-TLS calls.

;; ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE / http.verify_mode = VERIFY_NONE
((assignment
  left: (_ method: (identifier) @_m)
  right: [(scope_resolution name: (_) @_v) (constant) @_v] @pin.value) @pin
  (#eq? @_m "verify_mode")
  (#eq? @_v "VERIFY_NONE"))

;; The old global hack: OpenSSL::SSL::VERIFY_PEER = OpenSSL::SSL::VERIFY_NONE
((assignment
  left: (_ name: (constant) @_l)
  right: (scope_resolution name: (_) @_v) @pin.value) @pin
  (#eq? @_l "VERIFY_PEER")
  (#eq? @_v "VERIFY_NONE"))

;; ctx.verify_hostname = false
((assignment
  left: (_ method: (identifier) @_m)
  right: (false) @pin.value) @pin
  (#any-of? @_m "verify_hostname" "ssl_verify_peer" "verify_ssl"))

;; verify_mode: OpenSSL::SSL::VERIFY_NONE in option hashes (Net::HTTP.start, Faraday ssl:,
;; RestClient verify_ssl:, HTTParty, Excon ...).
((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: [(scope_resolution name: (_) @_v) (constant) @_v] @pin.value) @pin
  (#match? @_k "^[:\"']?(verify_mode|verify_ssl|ssl_verify_mode)[\"']?$")
  (#eq? @_v "VERIFY_NONE"))

;; Unambiguous switches: ssl_verify_peer: false (Excon), verify_ssl: false (RestClient),
;; ssl_verify: false, verify_hostname: false, verify_peer: false. Not when the same hash or
;; call says the connection is plain with scheme: "http" / "unix" (Excon
;; connections to a local HTTP server or a unix socket never do TLS).
((hash
  (_
    key: [(hash_key_symbol) (simple_symbol) (string)] @_k
    value: (false) @pin.value) @pin) @_opts
  (#match? @_k "^[:\"']?(ssl_verify_peer|verify_ssl|ssl_verify|verify_hostname|verify_peer)[\"']?$")
  (#not-match? @_opts "scheme[\"']?\\s*(=>|:)\\s*[\"'](http|unix)[\"']"))

((argument_list
  (_
    key: [(hash_key_symbol) (simple_symbol) (string)] @_k
    value: (false) @pin.value) @pin) @_opts
  (#match? @_k "^[:\"']?(ssl_verify_peer|verify_ssl|ssl_verify|verify_hostname|verify_peer)[\"']?$")
  (#not-match? @_opts "scheme[\"']?\\s*(=>|:)\\s*[\"'](http|unix)[\"']"))

;; Faraday ssl: { verify: false }
((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_ssl
  value: (hash
    (_
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (false) @pin.value) @pin))
  (#match? @_ssl "^[:\"']?ssl[\"']?$")
  (#match? @_k "^[:\"']?verify[\"']?$"))

;; HTTParty.get(url, verify: false) and other calls taking verify: false, except JWT.
((_
  arguments: (argument_list
    (_
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (false) @pin.value) @pin)) @_call
  (#match? @_k "^[:\"']?verify[\"']?$")
  (#not-match? @_call "(?i)jwt|decode|signature|token"))

;; Faraday's SSL options object: conn.ssl.verify = false, ssl.verify = false
;; (Faraday::SSLOptions), options.ssl_options.verify = false.
((assignment
  left: (_
    receiver: [(identifier) @_r (_ method: (identifier) @_r) (instance_variable) @_r]
    method: (identifier) @_m)
  right: (false) @pin.value) @pin
  (#eq? @_m "verify")
  (#match? @_r "^@?(ssl|ssl_options|ssl_opts|ssl_config)$"))

;; VERIFY_NONE written as its value 0: verify_mode: 0 / ssl_verify_mode: 0 in option hashes,
;; ctx.verify_mode = 0 (OpenSSL::SSL::VERIFY_NONE is 0).
((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: (integer) @pin.value) @pin
  (#match? @_k "^[:\"']?(verify_mode|ssl_verify_mode)[\"']?$")
  (#eq? @pin.value "0"))

((assignment
  left: (_ method: (identifier) @_m)
  right: (integer) @pin.value) @pin
  (#any-of? @_m "verify_mode" "ssl_verify_mode")
  (#eq? @pin.value "0"))

;; VERIFY_NONE as a symbol: verify_mode: :none (Bundler / RubyGems options, "verify-mode").
((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: (simple_symbol) @pin.value) @pin
  (#match? @_k "^[:\"']?(ssl_)?verify[-_]mode[\"']?$")
  (#eq? @pin.value ":none"))

;; verify: false in an option hash that is about TLS (it also names a PEM, a CA file, a
;; client certificate or an SSL version): HTTParty and similar options built apart from
;; the call.
((hash
  (_
    key: [(hash_key_symbol) (simple_symbol) (string)] @_k
    value: (false) @pin.value) @pin) @_opts
  (#match? @_k "^[:\"']?verify[\"']?$")
  (#match? @_opts "(^|[{,\\s:])(pem|p12|ssl_ca_file|ssl_ca_path|ca_file|ca_path|cert_store|client_cert|ssl_version|ssl_context)[\"']?\\s*(:|=>)"))

;; Excon.defaults[:ssl_verify_peer] = false
((assignment
  left: (element_reference (simple_symbol) @_k)
  right: (false) @pin.value) @pin
  (#match? @_k "^:(ssl_verify_peer|verify_ssl|ssl_verify)$"))

;; A verify_callback that accepts everything: proc { true }, lambda { |_ok, _ctx| true }.
((assignment
  left: (_ method: (identifier) @_m)
  right: [
    (call block: (block body: (_ . (true) .)))
    (call block: (do_block body: (_ . (true) .)))
    (lambda body: (block body: (_ . (true) .)))
    (lambda body: (do_block body: (_ . (true) .)))
  ] @pin.value) @pin
  (#eq? @_m "verify_callback"))

((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: [
    (call block: (block body: (_ . (true) .)))
    (call block: (do_block body: (_ . (true) .)))
    (lambda body: (block body: (_ . (true) .)))
    (lambda body: (do_block body: (_ . (true) .)))
  ] @pin.value) @pin
  (#match? @_k "^[:\"']?(ssl_)?verify_callback[\"']?$"))
