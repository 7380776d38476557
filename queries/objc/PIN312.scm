;; gate: SecTrustSetAnchorCertificates
;; Why this gate: every pattern pins the function name with #eq?.

;; PIN312 (apple-anchor-certificates), Objective-C: SecTrustSetAnchorCertificates(trust, anchors).
;; The enclosing block (compound statement or file) is checked as text: when it also calls
;; SecTrustSetAnchorCertificatesOnly(trust, false / NO / 0), the anchors extend the system
;; roots and nothing is reported. The call is reached through the shapes real code uses: a
;; statement, `OSStatus s = ...`, `s = ...`, and `if (... != errSecSuccess)` conditions.

([
  (compound_statement [
    (expression_statement (call_expression function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin)
    (declaration declarator: (init_declarator value: (call_expression function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin))
    (expression_statement (assignment_expression right: (call_expression function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin))
    (if_statement condition: (parenthesized_expression (binary_expression left: (call_expression function: (identifier) @_fn arguments: (argument_list . (_) . [(cast_expression value: (_) @pin.value) (identifier) @pin.value (call_expression) @pin.value (message_expression) @pin.value (field_expression) @pin.value])) @pin)))
  ])
] @_block
  (#eq? @_fn "SecTrustSetAnchorCertificates")
  (#not-match? @_block "SecTrustSetAnchorCertificatesOnly\\s*\\([^,()]*,\\s*(false|NO|0|FALSE)\\s*\\)"))
