;; gate: tlsMinimumSupportedProtocolVersion tlsMaximumSupportedProtocolVersion TLSMinimumSupportedProtocol TLSMaximumSupportedProtocol
;; gate: sec_protocol_options_set_min_tls_protocol_version sec_protocol_options_set_max_tls_protocol_version
;; Why this gate: each pattern pins the property or function name with #any-of?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN502 (deprecated-tls-version), Swift (tree-sitter-swift 0.7): URLSessionConfiguration
;; tlsMinimumSupportedProtocolVersion / tlsMaximumSupportedProtocolVersion = .TLSv10 / .TLSv11,
;; the older TLSMinimumSupportedProtocol / TLSMaximumSupportedProtocol = .tlsProtocol1 /
;; .tlsProtocol11 / .sslProtocol3 (kTLSProtocol1, kTLSProtocol11, kSSLProtocol3), and
;; Network.framework sec_protocol_options_set_min/max_tls_protocol_version(opts, .TLSv10/.TLSv11).
;; Not findings: .TLSv12 / .TLSv13 / .tlsProtocol12. (NSExceptionMinimumTLSVersion is Info.plist
;; text, not Swift.)

((_
  target: (directly_assignable_expression (_
    suffix: (_ suffix: (simple_identifier) @_prop)))
  result: [
    (prefix_expression target: (simple_identifier) @pin.value)
    (_ suffix: (_ suffix: (simple_identifier) @pin.value))
    (simple_identifier) @pin.value
  ]) @pin
  (#any-of? @_prop "tlsMinimumSupportedProtocolVersion" "tlsMaximumSupportedProtocolVersion" "TLSMinimumSupportedProtocol" "TLSMaximumSupportedProtocol")
  (#any-of? @pin.value "TLSv10" "TLSv11" "tlsProtocol1" "tlsProtocol11" "sslProtocol3" "kTLSProtocol1" "kTLSProtocol11" "kSSLProtocol3"))

((call_expression
  (simple_identifier) @_fn
  (call_suffix (value_arguments (_ value: [
    (prefix_expression target: (simple_identifier) @pin.value)
    (_ suffix: (_ suffix: (simple_identifier) @pin.value))
  ])))) @pin
  (#any-of? @_fn "sec_protocol_options_set_min_tls_protocol_version" "sec_protocol_options_set_max_tls_protocol_version")
  (#any-of? @pin.value "TLSv10" "TLSv11"))
