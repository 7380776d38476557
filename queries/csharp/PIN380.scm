;; gate: ServerCertificateCustomValidationCallback ServerCertificateValidationCallback RemoteCertificateValidationCallback* remoteCertificateValidationCallback
;; gate: CertificateValidationCallback CertificateValidation UserCertificateValidationCallback userCertificateValidationCallback SslStream SslPolicyErrors
;; Why this gate: every branch pins a callback property, delegate type or SslPolicyErrors with
;; an anchored #match? / #any-of?, as in PIN111.

;; PIN380 (tree-sitter-c-sharp 0.23): a .NET validation callback reported whatever its body;
;; the callbacks pass keeps it only when the callback, or a helper it calls in this file
;; (`IsPinned(cert)`, a method that builds and returns the lambda, a method group), compares
;; a certificate property with a fixed value, and moves it to that comparison.
([
  (assignment_expression
    left: [
      (identifier) @_prop
      (member_access_expression name: (identifier) @_prop)
    ]
    right: (_) @pin.value) @pin
  (argument
    name: (identifier) @_prop
    (_) @pin.value) @pin
  (object_creation_expression
    type: [
      (identifier) @_type
      (qualified_name name: (identifier) @_type)
    ]
    arguments: (argument_list (argument (_) @pin.value))) @pin
  (method_declaration
    name: (identifier) @pin.start
    parameters: (parameter_list) @_params) @pin
  (local_function_statement
    name: (identifier) @pin.start
    parameters: (parameter_list) @_params) @pin
]
(#match? @_prop "^(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback|CertificateValidationCallback|CertificateValidation|[uU]serCertificateValidationCallback|[rR]emoteCertificateValidationCallback)$")
(#eq? @_type "RemoteCertificateValidationCallback")
(#match? @_params "\\bSslPolicyErrors\\b")
(#not-match? @pin.value "^(null|true|false)$|^\\(?[^()]*\\)?\\s*=>\\s*true$"))

; A lambda whose typed parameters include SslPolicyErrors, wherever the delegate is. Its
; kind is checked by a climb rather than written in the pattern: tree-sitter's analysis of a
; `lambda_expression` step with children costs about 15 ms of every compile of this pack,
; a wildcard parent none (the climb makes `(_ parameters: ...)` exact).
((_
    parameters: (parameter_list) @_params) @pin
  (#pinscan-up! @_params "lambda_expression:parameters:")
  (#match? @_params "\\bSslPolicyErrors\\b"))
