;; gate: min_protocol_version max_protocol_version set_min_proto_version set_max_proto_version min_tls_version max_tls_version
;; Why this gate: every pattern needs one of the six method names (#any-of?; the version names
;; are more common: TLS1 alone is in 74 crates files, the six methods in about 10).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN502: minimum or maximum protocol version at SSL 3.0 / TLS 1.0 / TLS 1.1:
; native-tls `min_protocol_version(Some(Protocol::Tlsv10))`, openssl
; `set_min_proto_version(Some(SslVersion::TLS1))`, reqwest `max_tls_version(Version::TLS_1_1)`.
(_
  function: (_ field: (field_identifier) @_method @pin.start)
  arguments: (arguments . [
    (scoped_identifier name: (identifier) @_ver) @pin.value
    (_
      function: (identifier) @_some
      arguments: (arguments . (scoped_identifier name: (identifier) @_ver) @pin.value .))
  ] .)
  (#any-of? @_method "min_protocol_version" "max_protocol_version" "set_min_proto_version" "set_max_proto_version" "min_tls_version" "max_tls_version")
  (#match? @_ver "^(Sslv3|Tlsv10|Tlsv11|SSL3|TLS1|TLS1_1|TLS_1_0|TLS_1_1)$")) @pin
