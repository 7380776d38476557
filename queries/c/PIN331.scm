;; gate: ~enable_server* ~enableserver* ~verify* ~ssl_verify* ~sslverify* ~tls_verify*
;; gate: ~tlsverify* ~check_server* ~checkserver* ~validate_cert* ~validatecert*
;; gate: ~validate_server* ~validateserver* ~server_cert* ~servercert* ~tls_insecure
;; gate: ~tlsinsecure ~ssl_insecure ~sslinsecure ~insecure* ~skip* ~disable_cert*
;; gate: ~disablecert* ~disable_ssl* ~disablessl* ~disable_tls* ~disabletls*
;; gate: ~disable_server* ~disableserver* ~no_verify ~noverify ~allow_self* ~allowself*
;; gate: ~allow_invalid* ~allowinvalid* ~allow_insecure ~allowinsecure ~accept_any*
;; gate: ~acceptany* ~accept_all* ~acceptall* ~accept_invalid* ~acceptinvalid*
;; gate: ~accept_untrusted* ~acceptuntrusted* ~accept_self* ~acceptself* ~trust_all*
;; gate: ~trustall* mosquitto_tls_insecure_set mosquitto_tls_opts_set
;; Why this gate: every pattern tests a field, method or type name against an anchored,
;; case-insensitive regex; the words are the starts those names must have, in any case.
;; PIN331 (tree-sitter-c 0.24): a C/C++ MQTT or IoT client told not to verify the server.
;; - option struct fields that switch verification off: paho .enableServerCertAuth = 0,
;;   .verify = 0 on an SSL/TLS options struct, and the common spellings in other SDKs
;;   (verify_peer = false, ssl_verify = 0, skip_cert_verify = true, tls_insecure = 1,
;;   allow_self_signed = true, ...); a conditional that yields 0/false for a verify field
;;   (ssl.verify = insecure ? 0 : 1) is a switch that turns verification off;
;; - mosquitto_tls_insecure_set(mosq, true) and mosquitto_tls_opts_set(mosq, 0 | SSL_VERIFY_NONE, ...).
;; A bare `insecure` / `verify` field counts only on a struct whose name says ssl or tls
;; (cfg->insecure = true in command-line parsing only records the flag). 1 / true for the
;; verify fields and 0 / false for the insecure ones are the defaults and stay silent.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: [(number_literal) (false)] @pin.value) @pin
  (#match? @_k "^(?i:enable_?server_?cert_?auth|verify_?peer|verify_?server(_?cert(ificate)?)?|verify_?cert(ificate)?s?|verify_?host(_?name)?|(ssl|tls)_?verify(_?peer|_?host)?|check_?server_?cert(ificate)?|validate_?(server_?)?cert(ificate)?s?|server_?cert_?auth)$")
  (#match? @pin.value "^(0|0[lLuU]|false)$"))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  right: [(number_literal) (false) (identifier)] @pin.value) @pin
  (#match? @_k "^(?i:enable_?server_?cert_?auth|verify_?peer|verify_?server(_?cert(ificate)?)?|verify_?cert(ificate)?s?|verify_?host(_?name)?|(ssl|tls)_?verify(_?peer|_?host)?|check_?server_?cert(ificate)?|validate_?(server_?)?cert(ificate)?s?|server_?cert_?auth)$")
  (#match? @pin.value "^(0|0[lLuU]|false|FALSE)$"))

((assignment_expression
  left: (_ argument: (_) @_s field: (field_identifier) @_k)
  right: [(number_literal) (false) (identifier)] @pin.value) @pin
  (#eq? @_k "verify")
  (#match? @_s "(?i)ssl|tls")
  (#match? @pin.value "^(0|0[lLuU]|false|FALSE)$"))

((initializer_pair
  (field_designator (field_identifier) @_k)
  value: [(number_literal) (true)] @pin.value) @pin
  (#match? @_k "^(?i:(tls|ssl)_?insecure|insecure_?(skip_?verify|tls|ssl)|skip_?(server_?)?(cert(ificate)?_?)?verif(y|ication)|skip_?(tls|ssl)_?verif(y|ication)|disable_?(cert(ificate)?|ssl|tls|server_?cert)_?verif(y|ication)|no_?verify|allow_?(self_?signed(_?certs?)?|invalid_?certs?|insecure)|accept_?(any|all|invalid|untrusted|self_?signed)_?certs?|trust_?all(_?certs?)?)$")
  (#match? @pin.value "^(1|1[lLuU]|true)$"))

((assignment_expression
  left: (_ field: (field_identifier) @_k)
  right: [(number_literal) (true) (identifier)] @pin.value) @pin
  (#match? @_k "^(?i:(tls|ssl)_?insecure|insecure_?(skip_?verify|tls|ssl)|skip_?(server_?)?(cert(ificate)?_?)?verif(y|ication)|skip_?(tls|ssl)_?verif(y|ication)|disable_?(cert(ificate)?|ssl|tls|server_?cert)_?verif(y|ication)|no_?verify|allow_?(self_?signed(_?certs?)?|invalid_?certs?|insecure)|accept_?(any|all|invalid|untrusted|self_?signed)_?certs?|trust_?all(_?certs?)?)$")
  (#match? @pin.value "^(1|1[lLuU]|true|TRUE)$"))

((assignment_expression
  left: (_ argument: (_) @_s field: (field_identifier) @_k)
  right: [(number_literal) (true) (identifier)] @pin.value) @pin
  (#eq? @_k "insecure")
  (#match? @_s "(?i)ssl|tls")
  (#match? @pin.value "^(1|1[lLuU]|true|TRUE)$"))

; ssl_opts.verify = insecure ? 0 : 1; opts.enableServerCertAuth = strict ? 1 : 0;
((assignment_expression
  left: (_ argument: (_) @_s field: (field_identifier) @_k)
  right: (conditional_expression) @pin.value) @pin
  (#match? @_k "^(?i:enable_?server_?cert_?auth|verify_?peer|verify_?server(_?cert(ificate)?)?|verify_?cert(ificate)?s?|verify_?host(_?name)?|(ssl|tls)_?verify(_?peer|_?host)?|server_?cert_?auth|verify)$")
  (#match? @_s "(?i)ssl|tls")
  (#match? @pin.value "[?:]\\s*(0|false|FALSE)\\s*($|:)"))

; mosquitto_tls_insecure_set(mosq, true): no host name check.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . [(number_literal) (true) (identifier)] @pin.value)) @pin
  (#match? @_f "^(::)?mosquitto_tls_insecure_set$")
  (#match? @pin.value "^(1|true|TRUE)$"))

; mosquitto_tls_opts_set(mosq, cert_reqs, version, ciphers): cert_reqs 0 is SSL_VERIFY_NONE.
((_
  function: (_) @_f
  arguments: (argument_list . (_) . [(number_literal) (identifier)] @pin.value)) @pin
  (#match? @_f "^(::)?mosquitto_tls_opts_set$")
  (#match? @pin.value "^(0|SSL_VERIFY_NONE)$"))
