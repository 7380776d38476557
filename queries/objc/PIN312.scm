;; gate: SecTrustSetAnchorCertificates
;; Why this gate: every pattern pins the function name with #eq?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN312 (apple-anchor-certificates), Objective-C: SecTrustSetAnchorCertificates(trust, anchors).
;; The enclosing block (compound statement or file) is checked as text: when it also calls
;; SecTrustSetAnchorCertificatesOnly(trust, false / NO / 0), the anchors extend the system
;; roots and nothing is reported. The call is reached through the shapes real code uses: a
;; statement, `OSStatus s = ...`, `s = ...`, and `if (... != errSecSuccess)` conditions.

([
  (compound_statement [
    (expression_statement (_ function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin)
    (declaration declarator: (_ value: (_ function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin))
    (expression_statement (assignment_expression right: (_ function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin))
    (if_statement condition: (parenthesized_expression (binary_expression left: (_ function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin)))
  ])
] @_block
  (#eq? @_fn "SecTrustSetAnchorCertificates")
  (#not-match? @_block "SecTrustSetAnchorCertificatesOnly\\s*\\([^,()]*,\\s*(false|NO|0|FALSE)\\s*\\)"))
