;; gate: tls_built_in_root_certs tls_built_in_webpki_certs tls_built_in_native_certs disable_built_in_roots
;; Why this gate (see src/lang/gate.rs): each pattern pins one of the four method names with
;; #eq? / #any-of? on an identifier.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; reqwest: built-in roots switched off.
(_
  function: (_ field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#any-of? @_method "tls_built_in_root_certs" "tls_built_in_webpki_certs" "tls_built_in_native_certs")
  (#eq? @_flag "false")) @pin

; native-tls: built-in roots disabled.
(_
  function: (_ field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#eq? @_method "disable_built_in_roots")
  (#eq? @_flag "true")) @pin
