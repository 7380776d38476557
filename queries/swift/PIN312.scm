;; gate: SecTrustSetAnchorCertificates
;; Why this gate: every pattern pins the function name with #eq?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN312 (apple-anchor-certificates), Swift: SecTrustSetAnchorCertificates(trust, anchors).
;; The enclosing block (statement list or file) is checked as text: when it also calls
;; SecTrustSetAnchorCertificatesOnly(trust, false), the anchors extend the system roots and
;; nothing is reported. The call is reached through the shapes real code uses: a statement,
;; `let status = ...`, `x = ...`, and `if/guard ... != errSecSuccess` conditions.

([
  (statements [
    (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin
    (property_declaration value: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin)
    (assignment result: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin)
    (if_statement condition: (_ lhs: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin))
    (guard_statement condition: (_ lhs: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin))
  ])
  (source_file [
    (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin
    (property_declaration value: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin)
    (_ result: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin)
    (if_statement condition: (_ lhs: (call_expression (simple_identifier) @_fn (call_suffix (value_arguments . (value_argument) . (_ value: [(as_expression expr: (_) @pin.value) (simple_identifier) @pin.value (navigation_expression) @pin.value (call_expression) @pin.value (array_literal) @pin.value])))) @pin))
  ])
] @_block
  (#eq? @_fn "SecTrustSetAnchorCertificates")
  (#not-match? @_block "SecTrustSetAnchorCertificatesOnly\\s*\\([^,()]*,\\s*(false|NO|0)\\s*\\)"))
