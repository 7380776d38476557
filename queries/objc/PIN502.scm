;; gate: TLSMinimumSupportedProtocol TLSMaximumSupportedProtocol TLSMinimumSupportedProtocolVersion TLSMaximumSupportedProtocolVersion
;; gate: setTLSMinimumSupportedProtocol setTLSMaximumSupportedProtocol setTLSMinimumSupportedProtocolVersion setTLSMaximumSupportedProtocolVersion
;; gate: sec_protocol_options_set_min_tls_protocol_version sec_protocol_options_set_max_tls_protocol_version
;; Why this gate: each pattern pins the property, setter or function name with #any-of?.

;; PIN502 (deprecated-tls-version), Objective-C (tree-sitter-objc 3.0): NSURLSessionConfiguration
;; TLSMinimumSupportedProtocol / TLSMaximumSupportedProtocol = kTLSProtocol1 / kTLSProtocol11 /
;; kSSLProtocol3, TLSMinimumSupportedProtocolVersion / TLSMaximumSupportedProtocolVersion =
;; tls_protocol_version_TLSv10 / TLSv11 (property or setter), and
;; sec_protocol_options_set_min/max_tls_protocol_version(opts, tls_protocol_version_TLSv10/11).
;; Not findings: kTLSProtocol12, tls_protocol_version_TLSv12 / TLSv13.

((assignment_expression
  left: (field_expression field: (field_identifier) @_f)
  right: (identifier) @pin.value) @pin
  (#any-of? @_f "TLSMinimumSupportedProtocol" "TLSMaximumSupportedProtocol" "TLSMinimumSupportedProtocolVersion" "TLSMaximumSupportedProtocolVersion")
  (#any-of? @pin.value "kTLSProtocol1" "kTLSProtocol11" "kSSLProtocol3" "kSSLProtocol2" "tls_protocol_version_TLSv10" "tls_protocol_version_TLSv11"))

((message_expression
  method: (identifier) @_m
  .
  (identifier) @pin.value) @pin
  (#any-of? @_m "setTLSMinimumSupportedProtocol" "setTLSMaximumSupportedProtocol" "setTLSMinimumSupportedProtocolVersion" "setTLSMaximumSupportedProtocolVersion")
  (#any-of? @pin.value "kTLSProtocol1" "kTLSProtocol11" "kSSLProtocol3" "kSSLProtocol2" "tls_protocol_version_TLSv10" "tls_protocol_version_TLSv11"))

((call_expression
  function: (identifier) @_fn
  arguments: (argument_list (identifier) @pin.value)) @pin
  (#any-of? @_fn "sec_protocol_options_set_min_tls_protocol_version" "sec_protocol_options_set_max_tls_protocol_version")
  (#any-of? @pin.value "tls_protocol_version_TLSv10" "tls_protocol_version_TLSv11"))
