;; gate: forResource forResourcesOfType forResourcesWithExtension
;; Why this gate: every pattern pins one of these argument labels with #eq? / #any-of?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN336 (apple-bundled-certificate), Swift (tree-sitter-swift 0.7): a certificate file
;; loaded from a bundle: `<bundle>.path(forResource: name, ofType: "cer")`,
;; `<bundle>.url(forResource: name, withExtension: "der")` (any bundle: `Bundle.main`,
;; `Bundle(for: X.self)`, `Bundle.module`, a variable), more arguments after them
;; (`inDirectory:`) included; the name with its extension and `nil` as the type; and all the
;; certificates of a type (`paths(forResourcesOfType: "cer", inDirectory: nil)`,
;; `urls(forResourcesWithExtension: "cer", subdirectory: nil)`).
;; Extensions cer, der, crt, pem (any case); `.p12` / `.pfx` (a client identity) stay silent.
;; Value: the argument list when the name is a plain literal (pinscan finds that file); the
;; name's expression, or the expression interpolated into it, otherwise (a helper's
;; parameter is a pass-through: a note); for a whole type, the bundle when it is a variable
;; or parameter, else the type.

; A literal name and a certificate type.
((call_expression
  (_
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      (_
        name: (_ (simple_identifier) @_k)
        value: (line_string_literal) @_name)
      .
      (_
        name: (_ (simple_identifier) @_t)
        value: (line_string_literal) @_ext)) @pin.value)) @pin
  (#any-of? @_m "path" "url")
  (#eq? @_k "forResource")
  (#any-of? @_t "ofType" "withExtension")
  (#not-match? @_name "\\\\\\(")
  (#match? @_ext "^\"(?i:cer|der|crt|pem)\"$"))

; A literal name with its extension, the type nil or left out.
((call_expression
  (_
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      .
      (_
        name: (_ (simple_identifier) @_k)
        value: (line_string_literal) @_name)) @pin.value)) @pin
  (#any-of? @_m "path" "url")
  (#eq? @_k "forResource")
  (#match? @_name "\\.(?i:cer|der|crt|pem)\"$")
  (#not-match? @pin.value "(ofType|withExtension)\\s*:\\s*\"")
  (#not-match? @_name "\\\\\\("))

; A name computed or given (a variable, a parameter, a call) and a certificate type.
((call_expression
  (_
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      (_
        name: (_ (simple_identifier) @_k)
        value: (_) @pin.value)
      .
      (_
        name: (_ (simple_identifier) @_t)
        value: (line_string_literal) @_ext)))) @pin
  (#any-of? @_m "path" "url")
  (#eq? @_k "forResource")
  (#any-of? @_t "ofType" "withExtension")
  (#match? @_ext "^\"(?i:cer|der|crt|pem)\"$")
  (#not-match? @pin.value "^\""))

; A name built by interpolation (`"certs/\(name)"`): the value is the interpolated
; expression, so a helper's parameter is a pass-through here too.
((call_expression
  (_
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      (_
        name: (_ (simple_identifier) @_k)
        value: (line_string_literal
          interpolation: (_ value: (_) @pin.value)))
      .
      (_
        name: (_ (simple_identifier) @_t)
        value: (line_string_literal) @_ext)))) @pin
  (#any-of? @_m "path" "url")
  (#eq? @_k "forResource")
  (#any-of? @_t "ofType" "withExtension")
  (#match? @_ext "^\"(?i:cer|der|crt|pem)\"$"))

; Every certificate of a type in a bundle named by a variable or parameter (the value).
((call_expression
  (_
    target: (simple_identifier) @pin.value
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      .
      (_
        name: (_ (simple_identifier) @_k)
        value: (line_string_literal) @_ext)))) @pin
  (#any-of? @_m "paths" "urls")
  (#any-of? @_k "forResourcesOfType" "forResourcesWithExtension")
  (#match? @_ext "^\"(?i:cer|der|crt|pem)\"$"))

; Every certificate of a type in the app's bundle (`Bundle.main`, `Bundle(for: X.self)`):
; the value is the type.
((call_expression
  (_
    target: [(navigation_expression) (call_expression)]
    suffix: (_ suffix: (simple_identifier) @_m))
  (call_suffix
    (value_arguments
      .
      (_
        name: (_ (simple_identifier) @_k)
        value: (line_string_literal) @pin.value)))) @pin
  (#any-of? @_m "paths" "urls")
  (#any-of? @_k "forResourcesOfType" "forResourcesWithExtension")
  (#match? @pin.value "^\"(?i:cer|der|crt|pem)\"$"))
