;; gate: pathForResource URLForResource pathsForResourcesOfType URLsForResourcesWithExtension
;; Why this gate: every pattern pins one of these selector parts with #any-of?.

;; PIN336 (apple-bundled-certificate), Objective-C (tree-sitter-objc 3.0): a certificate file
;; loaded from a bundle: `[bundle pathForResource:name ofType:@"cer"]`,
;; `[bundle URLForResource:name withExtension:@"der"]` (more parts after them, such as
;; `inDirectory:`, included), the name with its extension and `nil` as the type, and all the
;; certificates of a type (`pathsForResourcesOfType:@"cer" inDirectory:`,
;; `URLsForResourcesWithExtension:@"cer" subdirectory:`).
;; Extensions cer, der, crt, pem (any case); `.p12` / `.pfx` (a client identity) stay silent.
;; Value: the message when the name is a literal (pinscan finds that file), the name's
;; expression otherwise (a method's parameter is a pass-through: a note); for a whole type,
;; the bundle when it is a variable or parameter, else the type.

; A literal name and a certificate type.
((message_expression
  method: (identifier) @_m
  .
  (string_literal) @_name
  .
  method: (identifier) @_t
  .
  (string_literal) @_ext) @pin @pin.value
  (#any-of? @_m "pathForResource" "URLForResource")
  (#any-of? @_t "ofType" "withExtension")
  (#match? @_ext "^@\"(?i:cer|der|crt|pem)\"$"))

; A literal name with its extension, the type nil.
((message_expression
  method: (identifier) @_m
  .
  (string_literal) @_name
  .
  method: (identifier) @_t
  .
  (_) @_ext) @pin @pin.value
  (#any-of? @_m "pathForResource" "URLForResource")
  (#any-of? @_t "ofType" "withExtension")
  (#match? @_name "\\.(?i:cer|der|crt|pem)\"$")
  (#any-of? @_ext "nil" "NULL"))

; A name computed or given (a variable, a parameter, a message) and a certificate type.
((message_expression
  method: (identifier) @_m
  .
  (_) @pin.value
  .
  method: (identifier) @_t
  .
  (string_literal) @_ext) @pin
  (#any-of? @_m "pathForResource" "URLForResource")
  (#any-of? @_t "ofType" "withExtension")
  (#match? @_ext "^@\"(?i:cer|der|crt|pem)\"$")
  (#not-match? @pin.value "^@?\""))

; Every certificate of a type in a bundle named by a variable or parameter (the value).
((message_expression
  receiver: (identifier) @pin.value
  method: (identifier) @_m
  .
  (string_literal) @_ext) @pin
  (#any-of? @_m "pathsForResourcesOfType" "URLsForResourcesWithExtension")
  (#match? @_ext "^@\"(?i:cer|der|crt|pem)\"$"))

; Every certificate of a type in the app's bundle (`[NSBundle mainBundle]`): the value is
; the type.
((message_expression
  receiver: (message_expression)
  method: (identifier) @_m
  .
  (string_literal) @pin.value) @pin
  (#any-of? @_m "pathsForResourcesOfType" "URLsForResourcesWithExtension")
  (#match? @pin.value "^@\"(?i:cer|der|crt|pem)\"$"))
