;; PIN334 (apple-tls-self-signed-accepted), Swift (tree-sitter-swift 0.7).
;; - SecureTransport SSLSetSessionOption(ctx, .breakOnServerAuth, true): the handshake stops
;;   before the system's server authentication and the app decides;
;; - an argument or property whose name says self-signed / invalid / untrusted certificates
;;   are allowed, set to true: Configuration(clientAllowsSelfSignedCertificates: true),
;;   usingSelfSignedCerts: true, config.acceptsInvalidCertificates = true,
;;   skipCertificateVerification: true. `false` (the default) stays silent, and so does a
;;   call that also passes embedded or anchor certificates (then self-signed means "this
;;   certificate", a narrow trust store: PIN335);
;;   allowInvalidCertificates (AFNetworking) is PIN501.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

((call_expression
  (simple_identifier) @_fn
  (call_suffix (value_arguments . (value_argument) . (_ value: (_) @pin.value) . (_ value: (boolean_literal) @_on)))) @pin
  (#eq? @_fn "SSLSetSessionOption")
  (#match? @pin.value "^(\\.breakOnServerAuth|kSSLSessionOptionBreakOnServerAuth|SSLSessionOption\\.breakOnServerAuth)$")
  (#eq? @_on "true"))

((value_arguments (_
  name: (value_argument_label (simple_identifier) @_k)
  value: (boolean_literal) @_on) @pin @pin.value) @_args
  (#not-match? @_args "(?i)(embedded|anchor|pinned)\\w*cert\\w*\\s*:\\s*([^n\\s]|n[^i]|ni[^l])")
  (#match? @_k "^(?i:(client|server)?(allows?|accepts?|using|uses?|trusts?)_?(self_?signed|invalid|untrusted|any|all)_?(certs?|certificates?|server_?certs?|server_?certificates?|ssl|tls)?|(skip|disable)_?(cert|certificate|server|tls|ssl|server_?cert|server_?certificate)?_?(verification|validation|verify|evaluation))$")
  (#not-eq? @_k "allowInvalidCertificates")
  (#eq? @_on "true"))

((_
  target: (directly_assignable_expression [
    (simple_identifier) @_k
    (_ suffix: (_ suffix: (simple_identifier) @_k))])
  result: (boolean_literal) @_on) @pin @pin.value
  (#match? @_k "^(?i:(client|server)?(allows?|accepts?|using|uses?|trusts?)_?(self_?signed|invalid|untrusted|any|all)_?(certs?|certificates?|server_?certs?|server_?certificates?|ssl|tls)?|(skip|disable)_?(cert|certificate|server|tls|ssl|server_?cert|server_?certificate)?_?(verification|validation|verify|evaluation))$")
  (#not-eq? @_k "allowInvalidCertificates")
  (#eq? @_on "true"))
