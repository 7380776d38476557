; reqwest: built-in roots switched off.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#any-of? @_method "tls_built_in_root_certs" "tls_built_in_webpki_certs" "tls_built_in_native_certs")
  (#eq? @_flag "false")
  (#set! pinscan.rule "PIN304")) @pin

; native-tls: built-in roots disabled.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#eq? @_method "disable_built_in_roots")
  (#eq? @_flag "true")
  (#set! pinscan.rule "PIN304")) @pin
