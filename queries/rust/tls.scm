;; Gates: PIN501 here needs a danger_* method (#any-of?) or the `SslVerifyMode` type
;; (`(^|::)SslVerifyMode$`, rarer than set_verify); verify.scm adds `verify_server_cert`.
;; PIN502 needs one of the six method names (#any-of?; the version names are more common:
;; TLS1 alone is in 74 crates files, the six methods in about 10).
;; pinscan-gate PIN501: danger_accept_invalid_certs danger_accept_invalid_hostnames SslVerifyMode
;; pinscan-gate PIN502: min_protocol_version max_protocol_version set_min_proto_version set_max_proto_version min_tls_version max_tls_version

; PIN501: reqwest / native-tls / hyper-tls / ureq builders told to accept invalid
; certificates or host names.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#any-of? @_method "danger_accept_invalid_certs" "danger_accept_invalid_hostnames")
  (#eq? @_flag "true")
  (#set! pinscan.rule "PIN501")) @pin

; PIN501: openssl peer verification off: set_verify(SslVerifyMode::NONE) /
; set_verify_callback(SslVerifyMode::NONE, ..) / SslVerifyMode::empty().
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.start)
  arguments: (arguments . [
    (scoped_identifier path: (_) @_ty name: (identifier) @_mode)
    (call_expression function: (scoped_identifier path: (_) @_ty name: (identifier) @_mode))
  ] @pin.value)
  (#any-of? @_method "set_verify" "set_verify_callback")
  (#match? @_ty "(^|::)SslVerifyMode$")
  (#any-of? @_mode "NONE" "empty")
  (#set! pinscan.rule "PIN501")) @pin

; PIN502: minimum or maximum protocol version at SSL 3.0 / TLS 1.0 / TLS 1.1:
; native-tls `min_protocol_version(Some(Protocol::Tlsv10))`, openssl
; `set_min_proto_version(Some(SslVersion::TLS1))`, reqwest `max_tls_version(Version::TLS_1_1)`.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.start)
  arguments: (arguments . [
    (scoped_identifier name: (identifier) @_ver) @pin.value
    (call_expression
      function: (identifier) @_some
      arguments: (arguments . (scoped_identifier name: (identifier) @_ver) @pin.value .))
  ] .)
  (#any-of? @_method "min_protocol_version" "max_protocol_version" "set_min_proto_version" "set_max_proto_version" "min_tls_version" "max_tls_version")
  (#match? @_ver "^(Sslv3|Tlsv10|Tlsv11|SSL3|TLS1|TLS1_1|TLS_1_0|TLS_1_1)$")
  (#set! pinscan.rule "PIN502")) @pin
